# Mutant: normalises the rows of X but forgets to normalise the rows of Y
def cosine_similarity(X, Y):
    """Cosine of the angle between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    x_norm = np.linalg.norm(X, axis=1, keepdims=True)
    X_unit = np.divide(X, x_norm, out=np.zeros_like(X), where=x_norm > 0)
    return np.clip(X_unit @ Y.T, -1.0, 1.0)
