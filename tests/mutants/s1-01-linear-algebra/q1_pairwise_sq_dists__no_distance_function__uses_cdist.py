# Mutant: calls the forbidden library function scipy.spatial.distance.cdist
from scipy.spatial.distance import cdist


def pairwise_sq_dists(X, Y):
    """Squared Euclidean distance between every row of X and every row of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    return cdist(X, Y, "sqeuclidean")
