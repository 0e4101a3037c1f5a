# Mutant: hands the work to the forbidden sklearn.cluster.KMeans
def kmeans(X, k, rng, max_iter=100, tol=1e-6, init=None):
    """K-means by Lloyd's algorithm, started from k-means++ (or from `init`).

    Parameters
    ----------
    X : array_like, shape (n, d)
    k : int
        Number of clusters.
    rng : numpy.random.Generator
        Used only by kmeans_plus_plus_init(X, k, rng) when init is None.
    max_iter : int >= 1
        Maximum number of iterations (assignment + update).
    tol : float >= 0
        Stop after the first iteration whose total squared centre shift
        sum_j ||new_centres[j] - centres[j]||^2 is <= tol.
    init : array_like, shape (k, d), optional
        Initial centres; when given, the k-means++ seeding is skipped.

    Returns
    -------
    centres : ndarray, shape (k, d), float
        Final centres.
    labels : ndarray, shape (n,), integer
        assign_clusters(X, centres) for the final centres.
    history : list of float, length (number of iterations + 1)
        history[t] = inertia of the centres at the start of iteration t with their nearest-centre
        labels; the last entry is the inertia of the returned (centres, labels).

    Raises
    ------
    ValueError
        If X is not 2-D, max_iter is not an integer >= 1, init does not have shape (k, d),
        or (through kmeans_plus_plus_init) k is invalid.
    """
    from sklearn.cluster import KMeans
    X = np.asarray(X, dtype=float)
    if max_iter < 1:
        raise ValueError("max_iter must be >= 1")
    centres = kmeans_plus_plus_init(X, k, rng) if init is None else np.array(init, dtype=float)
    if centres.shape != (k, X.shape[1]):
        raise ValueError("bad init")
    model = KMeans(n_clusters=k, init=centres, n_init=1, max_iter=max_iter, algorithm="lloyd").fit(X)
    return model.cluster_centers_, model.labels_, [inertia(X, centres, assign_clusters(X, centres)), model.inertia_]
