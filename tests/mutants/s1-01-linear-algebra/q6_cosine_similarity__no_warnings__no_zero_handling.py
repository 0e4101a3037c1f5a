# Mutant: divides by the row norms without handling zero vectors (NaN and a RuntimeWarning)
def cosine_similarity(X, Y):
    """Cosine of the angle between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    X_unit = X / np.linalg.norm(X, axis=1, keepdims=True)
    Y_unit = Y / np.linalg.norm(Y, axis=1, keepdims=True)
    return np.clip(X_unit @ Y_unit.T, -1.0, 1.0)
