# Mutant: casts the labels to int, so float labels (even 0.5) are silently accepted
def update_centres(X, labels, centres):
    """Lloyd's update step: move each centre to the mean of the samples assigned to it.

    Empty-cluster policy: every cluster that received no sample is re-seeded at a
    data point that is badly served by the current centres. Rank the samples by their
    squared distance to the centre they are assigned to, ||X[i] - centres[labels[i]]||^2,
    from largest to smallest (equal distances: lower sample index first). The empty
    clusters, in increasing cluster index, take the 1st, 2nd, 3rd, ... samples of that
    ranking. Non-empty clusters are not affected by this step.

    Parameters
    ----------
    X : array_like, shape (n, d)
    labels : array_like of int, shape (n,)
        Cluster index of each sample, each in [0, k).
    centres : array_like, shape (k, d)
        The current centres (used for the empty-cluster policy and for k).

    Returns
    -------
    new_centres : ndarray, shape (k, d), float
        A NEW array; X, labels and centres are not modified.

    Raises
    ------
    ValueError
        If X or centres is not 2-D, their numbers of columns differ, labels does not
        have shape (n,), is not integer, or has a value outside [0, k).
    """
    X = np.asarray(X, dtype=float)
    centres = np.asarray(centres, dtype=float)
    labels = np.asarray(labels).astype(int)
    if X.ndim != 2 or centres.ndim != 2 or X.shape[1] != centres.shape[1]:
        raise ValueError(f"X and centres must be 2-D with the same number of columns, "
                         f"got {X.shape} and {centres.shape}")
    n, k = X.shape[0], centres.shape[0]
    if labels.shape != (n,) or labels.dtype.kind not in "iu":
        raise ValueError(f"labels must be integers of shape ({n},), got {labels.dtype} {labels.shape}")
    if n and (labels.min() < 0 or labels.max() >= k):
        raise ValueError(f"labels must lie in [0, {k})")
    counts = np.bincount(labels, minlength=k)
    sums = np.zeros_like(centres)
    np.add.at(sums, labels, X)
    new_centres = centres.copy()
    filled = counts > 0
    new_centres[filled] = sums[filled] / counts[filled, None]
    empty = np.flatnonzero(~filled)
    if empty.size:
        d2 = np.sum((X - centres[labels]) ** 2, axis=1)
        ranking = np.argsort(-d2, kind="stable")      # farthest first, ties: lower index first
        new_centres[empty] = X[ranking[:empty.size]]
    return new_centres
