# Mutant: treats a 1-D X as n samples of one feature instead of raising ValueError
def kmeans_plus_plus_init(X, k, rng):
    """Choose k initial centres among the rows of X by k-means++ (D^2) seeding.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data, one sample per row.
    k : int
        Number of centres, 1 <= k <= n.
    rng : numpy.random.Generator
        The ONLY source of randomness (e.g. np.random.default_rng(0)): one draw per
        centre, rng.integers(n) for the first, rng.choice(n, p=D^2 / sum(D^2)) for each next.

    Returns
    -------
    centres : ndarray, shape (k, d), float
        k distinct rows of X, in the order they were chosen.

    Raises
    ------
    ValueError
        If X is not 2-D, k is not an integer in [1, n], or X has fewer than k
        distinct rows (all remaining D^2 weights are zero).
    """
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, None]                                # one feature per sample
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array (n, d), got shape {X.shape}")
    n = X.shape[0]
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= n:
        raise ValueError(f"k must be an integer in [1, {n}], got {k!r}")
    chosen = [int(rng.integers(n))]                  # first centre: uniform
    d2 = np.sum((X - X[chosen[0]]) ** 2, axis=1)     # D(x)^2 to the nearest chosen centre
    for _ in range(1, k):
        total = d2.sum()
        if not total > 0:
            raise ValueError(f"X has fewer than k={k} distinct rows")
        index = int(rng.choice(n, p=d2 / total))     # P(x) = D(x)^2 / sum D^2
        chosen.append(index)
        d2 = np.minimum(d2, np.sum((X - X[index]) ** 2, axis=1))
    return X[chosen].copy()
