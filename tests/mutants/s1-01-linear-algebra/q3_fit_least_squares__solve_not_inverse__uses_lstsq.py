# Mutant: calls the forbidden np.linalg.lstsq instead of solving the normal equation
def fit_least_squares(X, y):
    """Least-squares weights from the normal equation X^T X w = X^T y."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("X must be (n, d) and y (n,)")
    return np.linalg.lstsq(X, y, rcond=None)[0]
