# Mutant: normalises along the wrong axis (column norms, axis=0) instead of each row
def cosine_similarity(X, Y):
    """Cosine of the angle between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    x_norm = np.linalg.norm(X, axis=0, keepdims=True)
    y_norm = np.linalg.norm(Y, axis=0, keepdims=True)
    X_unit = np.divide(X, x_norm, out=np.zeros_like(X), where=x_norm > 0)
    Y_unit = np.divide(Y, y_norm, out=np.zeros_like(Y), where=y_norm > 0)
    return np.clip(X_unit @ Y_unit.T, -1.0, 1.0)
