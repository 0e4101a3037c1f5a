# Mutant: centres both point sets in place for accuracy (distances are translation invariant), modifying the caller's arrays
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
    if X.ndim != 2 or Y.ndim != 2:
        raise ValueError("X and Y must be 2-D")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must have the same number of columns")
    centre = X.mean(axis=0)
    X -= centre
    Y -= centre
    D = np.sum(X ** 2, axis=1)[:, None] - 2.0 * (X @ Y.T) + np.sum(Y ** 2, axis=1)[None, :]
    return np.maximum(D, 0.0)
