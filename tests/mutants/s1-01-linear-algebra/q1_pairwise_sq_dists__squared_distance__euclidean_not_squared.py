# Mutant: returns the Euclidean distance (takes the square root) instead of the squared distance
def pairwise_sq_dists(X, Y):
    """Squared Euclidean distance between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2:
        raise ValueError("X and Y must be 2-D")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must have the same number of columns")
    D = np.sum(X ** 2, axis=1)[:, None] - 2.0 * (X @ Y.T) + np.sum(Y ** 2, axis=1)[None, :]
    return np.sqrt(np.maximum(D, 0.0))
