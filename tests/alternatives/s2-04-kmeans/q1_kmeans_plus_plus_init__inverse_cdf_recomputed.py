# Alternative: first index by rng.choice(n), next ones by inverse-CDF sampling with one rng.random() each; D^2 recomputed from all chosen centres by broadcasting; k checked with operator.index
import operator


def kmeans_plus_plus_init(X, k, rng):
    """Choose k initial centres among the rows of X by k-means++ (D^2) seeding."""
    X = np.array(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n = len(X)
    try:
        k = operator.index(k)
    except TypeError:
        raise ValueError("k must be an integer") from None
    if k < 1 or k > n:
        raise ValueError("k must lie in [1, n]")
    chosen = [int(rng.choice(n))]
    while len(chosen) < k:
        diffs = X[:, None, :] - X[chosen][None, :, :]          # (n, c, d)
        weights = (diffs ** 2).sum(axis=2).min(axis=1)          # D(x)^2, nearest chosen centre
        total = weights.sum()
        if total <= 0:
            raise ValueError("fewer distinct rows than k")
        cdf = np.cumsum(weights) / total
        chosen.append(int(np.searchsorted(cdf, rng.random(), side="right")))
    return X[chosen]
