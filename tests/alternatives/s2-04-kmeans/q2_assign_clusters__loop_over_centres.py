# Alternative: loops over the k centres (not the samples), keeping each sample's best centre with a strict <
def assign_clusters(X, centres):
    """Label each sample with the index of its nearest centre (squared Euclidean distance)."""
    X = np.asarray(X, dtype=float)
    centres = np.asarray(centres, dtype=float)
    if X.ndim != 2 or centres.ndim != 2 or len(centres) == 0 or X.shape[1] != centres.shape[1]:
        raise ValueError("X must be (n, d) and centres (k, d) with k >= 1")
    best = np.full(len(X), np.inf)
    labels = np.zeros(len(X), dtype=np.intp)
    for j, centre in enumerate(centres):
        d2 = ((X - centre) ** 2).sum(axis=1)
        closer = d2 < best
        labels[closer] = j
        best[closer] = d2[closer]
    return labels
