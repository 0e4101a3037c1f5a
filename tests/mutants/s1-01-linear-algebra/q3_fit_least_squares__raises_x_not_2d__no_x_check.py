# Mutant: checks y and the row counts but not that X is 2-D, so a 3-D X is solved as a stack
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
    if y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("y must be 1-D with one entry per row of X")
    return np.linalg.solve(X.T @ X, X.T @ y)
