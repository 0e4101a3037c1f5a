# Mutant: checks X and the row counts but not that y is 1-D, so a column y returns a (d, 1) result
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
    if X.ndim != 2 or X.shape[0] != y.shape[0]:
        raise ValueError("X must be 2-D with one row per entry of y")
    return np.linalg.solve(X.T @ X, X.T @ y)
