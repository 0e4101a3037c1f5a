# Alternative: a while loop with an explicit counter and a `converged` flag; X may be a list; the shift via np.einsum
def kmeans(X, k, rng, max_iter=100, tol=1e-6, init=None):
    """K-means by Lloyd's algorithm, started from k-means++ (or from `init`)."""
    X = np.array(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if not isinstance(max_iter, (int, np.integer)) or isinstance(max_iter, bool) or max_iter < 1:
        raise ValueError("max_iter must be an integer >= 1")
    if init is not None:
        centres = np.array(init, dtype=float, copy=True)
        if centres.shape != (k, X.shape[1]):
            raise ValueError("init must have shape (k, d)")
    else:
        centres = kmeans_plus_plus_init(X, k, rng)
    history = []
    iteration, converged = 0, False
    while iteration < max_iter and not converged:
        labels = assign_clusters(X, centres)
        history.append(float(inertia(X, centres, labels)))
        moved = update_centres(X, labels, centres)
        diff = moved - centres
        converged = np.einsum("ij,ij->", diff, diff) <= tol
        centres = moved
        iteration += 1
    labels = assign_clusters(X, centres)
    history.append(float(inertia(X, centres, labels)))
    return centres, labels, history
