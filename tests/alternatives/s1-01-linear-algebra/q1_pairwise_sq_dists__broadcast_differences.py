# Alternative: broadcasts the differences (n, 1, d) - (1, m, d) and sums their squares (exact, never negative; more memory)
def pairwise_sq_dists(X, Y):
    """Squared Euclidean distance between every row of X and every row of Y.

    Parameters
    ----------
    X : array-like of shape (n, d)
    Y : array-like of shape (m, d)

    Returns
    -------
    D : ndarray of shape (n, m), float
        D[i, j] = ||X[i] - Y[j]||^2, never negative.

    Raises
    ------
    ValueError
        If X or Y is not 2-D, or if they have different numbers of columns.
    """
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D arrays with the same number of columns")
    diff = X[:, np.newaxis, :] - Y[np.newaxis, :, :]
    return np.einsum("ijk,ijk->ij", diff, diff)
