# Mutant: never checks the number of columns, so (k, 1) centres broadcast silently against (n, d) data
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
    d2 = np.sum((X[:, None, :] - centres[None, :, :]) ** 2, axis=2)
    return np.argmin(d2, axis=1)
