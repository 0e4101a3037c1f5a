# Mutant: after a random first centre, always takes the farthest point (argmax D^2) instead of sampling
def kmeans_plus_plus_init(X, k, rng):
    """Choose k initial centres among the rows of X by k-means++ (D^2) seeding.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data, one sample per row.
    k : int
        Number of centres, 1 <= k <= n.
    rng : numpy.random.Generator
        The ONLY source of randomness (e.g. np.random.default_rng(0)).

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
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n = X.shape[0]
    if not 1 <= k <= n:
        raise ValueError("k must be in [1, n]")

    chosen = [int(rng.integers(n))]
    d2 = np.sum((X - X[chosen[0]]) ** 2, axis=1)
    for _ in range(1, k):
        if d2.max() == 0:
            raise ValueError("too few distinct rows")
        index = int(np.argmax(d2))
        chosen.append(index)
        d2 = np.minimum(d2, np.sum((X - X[index]) ** 2, axis=1))
    return X[chosen].copy()
