# Mutant: forms the inverse (X^T X)^-1 explicitly with np.linalg.inv instead of np.linalg.solve
def fit_least_squares(X, y):
    """Least-squares weights from the normal equation X^T X w = X^T y."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("X must be (n, d) and y (n,)")
    return np.linalg.inv(X.T @ X) @ X.T @ y
