# Mutant: checks mean.size == d instead of mean.shape == (d,), so a (1, d) mean passes
def pca_transform(X, components, mean):
    """Project data onto principal components: Z = (X - mean) @ components.T.

    Parameters
    ----------
    X : array_like, shape (n, d)
    components : array_like, shape (k, d)
        Orthonormal rows (e.g. from pca_fit).
    mean : array_like, shape (d,)

    Returns
    -------
    Z : ndarray, shape (n, k), float
        Coordinates of each sample in the component basis.

    Raises
    ------
    ValueError
        If X or components is not 2-D, or X.shape[1], components.shape[1] and
        mean.shape (must be (d,)) disagree.
    """
    X = np.asarray(X, dtype=float)
    components = np.asarray(components, dtype=float)
    mean = np.asarray(mean, dtype=float)
    if X.ndim != 2 or components.ndim != 2:
        raise ValueError("X and components must be 2-D")
    d = components.shape[1]
    if X.shape[1] != d or mean.size != d:
        raise ValueError("shapes disagree")
    return (X - mean) @ components.T
