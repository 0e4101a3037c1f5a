# Mutant: casts the labels to int, so float labels (even 0.5) are silently accepted
def inertia(X, centres, labels):
    """Within-cluster sum of squares: sum_i ||X[i] - centres[labels[i]]||^2.

    Parameters
    ----------
    X : array_like, shape (n, d)
    centres : array_like, shape (k, d)
    labels : array_like of int, shape (n,)
        The assignment to score (not necessarily the nearest centres), each in [0, k).

    Returns
    -------
    value : float

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
    return float(np.sum((X - centres[labels]) ** 2))
