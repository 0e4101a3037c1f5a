# Mutant: returns the labels as a Python list, not an integer ndarray
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
    best = np.full(X.shape[0], np.inf)
    labels = np.zeros(X.shape[0], dtype=int)
    for j in range(centres.shape[0]):                  # loop over the k centres, not the samples
        d2 = np.sum((X - centres[j]) ** 2, axis=1)
        closer = d2 < best                               # strict: the lower index keeps a tie
        labels[closer] = j
        best[closer] = d2[closer]
    return labels.tolist()
