# Alternative: takes the SVD of the transposed centred data (its left singular vectors) and flips signs row by row.
import operator


def pca_fit(X, k):
    """Principal component analysis of X through the SVD of the centred data."""
    Xc, mean = center(X)             # Exercise 1: raises for non-2-D input
    n, d = Xc.shape
    if n < 2:
        raise ValueError("PCA needs at least 2 rows")
    if isinstance(k, (bool, np.bool_)):
        raise ValueError("k must be an integer")
    try:
        k = operator.index(k)
    except TypeError:
        raise ValueError("k must be an integer") from None
    if not 1 <= k <= min(n, d):
        raise ValueError("k out of range")
    U, s, _ = np.linalg.svd(Xc.T, full_matrices=False)   # Xc.T = V S U^T
    components = U[:, :k].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return components, s[:k] ** 2 / (n - 1), mean
