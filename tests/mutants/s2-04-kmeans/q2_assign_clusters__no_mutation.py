# Mutant: shifts X and centres in place by the centres' mean (translation does not change the labels), modifying the caller's arrays
def assign_clusters(X, centres):
    """Label each sample with the index of its nearest centre (squared Euclidean distance).

    Parameters
    ----------
    X : array_like, shape (n, d)
    centres : array_like, shape (k, d), k >= 1

    Returns
    -------
    labels : ndarray, shape (n,), integer
        labels[i] = argmin_j ||X[i] - centres[j]||^2; ties go to the LOWEST index j.

    Raises
    ------
    ValueError
        If X or centres is not 2-D, centres has no rows, or their numbers of columns differ.
    """
    X = np.asarray(X, dtype=float)
    centres = np.asarray(centres, dtype=float)
    if X.ndim != 2 or centres.ndim != 2:
        raise ValueError(f"X and centres must be 2-D, got shapes {X.shape} and {centres.shape}")
    if centres.shape[0] == 0 or X.shape[1] != centres.shape[1]:
        raise ValueError(f"need k >= 1 centres with X's {X.shape[1]} columns, got {centres.shape}")
    shift = centres.mean(axis=0)
    X -= shift                                   # centre both for numerical stability
    centres -= shift
    d2 = np.sum((X[:, None, :] - centres[None, :, :]) ** 2, axis=2)   # (n, k)
    return np.argmin(d2, axis=1)                                       # first minimum wins ties
