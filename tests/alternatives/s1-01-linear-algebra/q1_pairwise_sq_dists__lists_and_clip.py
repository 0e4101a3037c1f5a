# Alternative: np.array copies, norms with np.einsum, the cross term with np.dot, clipped with np.clip
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
    X = np.array(X, dtype=np.float64)
    Y = np.array(Y, dtype=np.float64)
    if np.ndim(X) != 2:
        raise ValueError("X must be 2-D")
    if np.ndim(Y) != 2:
        raise ValueError("Y must be 2-D")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y need the same number of features")
    xx = np.einsum("ij,ij->i", X, X).reshape(-1, 1)
    yy = np.einsum("ij,ij->i", Y, Y).reshape(1, -1)
    return np.clip(xx + yy - 2 * np.dot(X, Y.T), 0.0, None)
