# Mutant: returns history as a NumPy array instead of a list of floats
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
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array (n, d), got shape {X.shape}")
    if isinstance(max_iter, bool) or not isinstance(max_iter, (int, np.integer)) or max_iter < 1:
        raise ValueError(f"max_iter must be an integer >= 1, got {max_iter!r}")
    if init is None:
        centres = kmeans_plus_plus_init(X, k, rng)
    else:
        centres = np.array(init, dtype=float)        # a copy: never modify the caller's init
        if centres.shape != (k, X.shape[1]):
            raise ValueError(f"init must have shape ({k}, {X.shape[1]}), got {centres.shape}")
    history = []
    for _ in range(max_iter):
        labels = assign_clusters(X, centres)
        history.append(inertia(X, centres, labels))
        new_centres = update_centres(X, labels, centres)
        shift = float(np.sum((new_centres - centres) ** 2))
        centres = new_centres
        if shift <= tol:
            break
    labels = assign_clusters(X, centres)
    history.append(inertia(X, centres, labels))
    return centres, labels, np.array(history)
