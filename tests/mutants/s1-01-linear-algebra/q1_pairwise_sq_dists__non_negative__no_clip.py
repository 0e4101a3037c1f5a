# Mutant: uses ||x||^2 - 2 x.y + ||y||^2 but forgets to clip tiny negative values from rounding at 0
def pairwise_sq_dists(X, Y):
    """Squared Euclidean distance between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2:
        raise ValueError("X and Y must be 2-D")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must have the same number of columns")
    x_sq = np.sum(X ** 2, axis=1)[:, np.newaxis]
    y_sq = np.sum(Y ** 2, axis=1)[np.newaxis, :]
    return x_sq - 2.0 * (X @ Y.T) + y_sq
