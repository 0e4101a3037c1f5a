# Alternative: loops over the clusters with boolean masks; ranks the samples with np.lexsort on (index, -distance)
def update_centres(X, labels, centres):
    """Lloyd's update step with the worst-served empty-cluster policy."""
    X = np.array(X, dtype=float)
    old = np.array(centres, dtype=float)
    labels = np.asarray(labels)
    if X.ndim != 2 or old.ndim != 2:
        raise ValueError("X and centres must be 2-D")
    if X.shape[1] != old.shape[1]:
        raise ValueError("X and centres must have the same number of columns")
    n, k = X.shape[0], old.shape[0]
    if labels.shape != (n,):
        raise ValueError("labels must have shape (n,)")
    if not np.issubdtype(labels.dtype, np.integer):
        raise ValueError("labels must be integers")
    if np.any((labels < 0) | (labels >= k)):
        raise ValueError("labels must lie in [0, k)")
    new = np.empty_like(old)
    empty = []
    for j in range(k):
        mask = labels == j
        if mask.any():
            new[j] = X[mask].mean(axis=0)
        else:
            empty.append(j)
    if empty:
        d2 = ((X - old[labels]) ** 2).sum(axis=1)
        ranking = np.lexsort((np.arange(n), -d2))     # primary key -d2, then the index
        for rank, j in enumerate(empty):
            new[j] = X[ranking[rank]]
    return new
