# Mutant: calls sklearn.metrics.silhouette_score, imported inside the function
def mean_silhouette(X, labels):
    """Mean silhouette coefficient of a clustering (Rousseeuw 1987), Euclidean distance.

    For sample i in cluster C:  a(i) = mean distance to the OTHER members of C,
    b(i) = smallest, over the other clusters C', of the mean distance to the members of C',
    s(i) = (b(i) - a(i)) / max(a(i), b(i)), with s(i) = 0 if C = {i} or max(a(i), b(i)) = 0.

    Parameters
    ----------
    X : array_like, shape (n, d)
    labels : array_like, shape (n,)
        Cluster label of each sample; any integer values (they need not be 0..m-1).

    Returns
    -------
    score : float
        The mean of s(i) over all n samples, in [-1, 1].

    Raises
    ------
    ValueError
        If X is not 2-D, labels does not have shape (n,), or the number of distinct labels
        is not between 2 and n - 1.
    """
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array (n, d), got shape {X.shape}")
    n = X.shape[0]
    if labels.shape != (n,):
        raise ValueError(f"labels must have shape ({n},), got {labels.shape}")
    _, codes = np.unique(labels, return_inverse=True)
    codes = codes.reshape(-1)
    m = int(codes.max()) + 1 if n else 0
    if not 2 <= m <= n - 1:
        raise ValueError(f"need between 2 and n - 1 = {n - 1} distinct labels, got {m}")
    from sklearn import metrics
    return float(metrics.silhouette_score(X, labels))
    sq = np.sum(X ** 2, axis=1)
    dist = np.sqrt(np.maximum(sq[:, None] + sq[None, :] - 2.0 * (X @ X.T), 0.0))
    np.fill_diagonal(dist, 0.0)
    member = (codes[:, None] == np.arange(m)[None, :]).astype(float)    # (n, m) one-hot
    sums = dist @ member                                                # sum of distances to each cluster
    sizes = member.sum(axis=0)
    own = sizes[codes]
    rows = np.arange(n)
    a = sums[rows, codes] / np.maximum(own - 1, 1)
    means = sums / sizes
    means[rows, codes] = np.inf
    b = means.min(axis=1)
    denom = np.maximum(a, b)
    ok = (own > 1) & (denom > 0)
    s = np.zeros(n)
    s[ok] = (b[ok] - a[ok]) / denom[ok]
    return float(s.mean())
