# Mutant: centres X and y (as if fitting an intercept) and returns the slopes of the centred problem
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
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("X must be (n, d) and y (n,)")
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    keep = Xc.std(axis=0) > 0           # a constant column has nothing left after centring
    w = np.zeros(X.shape[1])
    w[keep] = np.linalg.solve(Xc[:, keep].T @ Xc[:, keep], Xc[:, keep].T @ yc)
    w[~keep] = (y.mean() - X[:, keep].mean(axis=0) @ w[keep]) / X[0, ~keep]
    return w
