# Mutant: patches the NaNs afterwards with np.nan_to_num, but the 0/0 division still warns
def cosine_similarity(X, Y):
    """Cosine of the angle between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    norms = np.linalg.norm(X, axis=1)[:, None] * np.linalg.norm(Y, axis=1)[None, :]
    S = (X @ Y.T) / norms
    return np.clip(np.nan_to_num(S, nan=0.0), -1.0, 1.0)
