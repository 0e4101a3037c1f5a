# Alternative: Cholesky factor of X^T X, then two np.linalg.solve calls (L z = X^T y, L^T w = z)
def fit_least_squares(X, y):
    """Least-squares weights from the normal equation X^T X w = X^T y.

    Parameters
    ----------
    X : array-like of shape (n, d), linearly independent columns
    y : array-like of shape (n,)

    Returns
    -------
    w : ndarray of shape (d,), float

    Raises
    ------
    ValueError
        If X is not 2-D, y is not 1-D, or X and y have different numbers of rows.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if y.ndim != 1:
        raise ValueError("y must be 1-D")
    if len(X) != len(y):
        raise ValueError("X and y need the same number of rows")
    L = np.linalg.cholesky(X.T @ X)
    z = np.linalg.solve(L, X.T @ y)
    return np.linalg.solve(L.T, z)
