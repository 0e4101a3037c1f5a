# Mutant: correct values, but loops over the rows of X in Python instead of broadcasting
def pairwise_sq_dists(X, Y):
    """Squared Euclidean distance between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2:
        raise ValueError("X and Y must be 2-D")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must have the same number of columns")
    D = np.zeros((X.shape[0], Y.shape[0]))
    for i in range(X.shape[0]):
        D[i] = np.sum((Y - X[i]) ** 2, axis=1)
    return D
