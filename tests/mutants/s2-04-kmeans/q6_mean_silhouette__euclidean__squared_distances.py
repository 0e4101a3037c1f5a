# Mutant: uses squared Euclidean distances in a(i) and b(i)
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
    if X.ndim != 2 or labels.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n = X.shape[0]
    values = np.unique(labels)
    if not 2 <= len(values) <= n - 1:
        raise ValueError("need 2..n-1 clusters")
    dist = np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=2)
    s = np.zeros(n)
    for i in range(n):
        own = labels == labels[i]
        if own.sum() == 1:
            continue
        a = dist[i, own].sum() / (own.sum() - 1)
        b = min(dist[i, labels == v].mean() for v in values if v != labels[i])
        s[i] = (b - a) / max(a, b) if max(a, b) > 0 else 0.0
    return float(s.mean())
