# Alternative: replaces zero norms by 1 (a zero row then stays zero) and divides the Gram matrix by the outer product of the norms
def cosine_similarity(X, Y):
    """Cosine of the angle between every row of X and every row of Y.

    Parameters
    ----------
    X : array-like of shape (n, d)
    Y : array-like of shape (m, d)

    Returns
    -------
    S : ndarray of shape (n, m), float, entries in [-1, 1]
        S[i, j] = X[i] . Y[j] / (||X[i]|| ||Y[j]||), and 0 where X[i] or Y[j] is zero.

    Raises
    ------
    ValueError
        If X or Y is not 2-D, or if they have different numbers of columns.
    """
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if Y.ndim != 2:
        raise ValueError("Y must be 2-D")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must have the same number of columns")
    nx = np.sqrt(np.sum(X * X, axis=1))
    ny = np.sqrt(np.sum(Y * Y, axis=1))
    nx = np.where(nx == 0, 1.0, nx)
    ny = np.where(ny == 0, 1.0, ny)
    return np.clip((X @ Y.T) / np.outer(nx, ny), -1, 1)
