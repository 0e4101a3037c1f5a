# Alternative: squared distances by the expansion ||x||^2 - 2 x.c + ||c||^2 with a matrix product, int32 labels
def assign_clusters(X, centres):
    """Label each sample with the index of its nearest centre (squared Euclidean distance)."""
    X = np.array(X, dtype=float)
    centres = np.array(centres, dtype=float)
    if X.ndim != 2 or centres.ndim != 2:
        raise ValueError("X and centres must be 2-D")
    if centres.shape[0] < 1:
        raise ValueError("need at least one centre")
    if X.shape[1] != centres.shape[1]:
        raise ValueError("X and centres must have the same number of columns")
    d2 = (X ** 2).sum(axis=1)[:, None] - 2.0 * X @ centres.T + (centres ** 2).sum(axis=1)[None, :]
    return d2.argmin(axis=1).astype(np.int32)
