# Mutant: silently adds a column of ones (an intercept), so it returns d + 1 weights
def fit_least_squares(X, y):
    """Least-squares weights from the normal equation X^T X w = X^T y."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("X must be (n, d) and y (n,)")
    X1 = np.column_stack([np.ones(X.shape[0]), X])
    return np.linalg.solve(X1.T @ X1, X1.T @ y)
