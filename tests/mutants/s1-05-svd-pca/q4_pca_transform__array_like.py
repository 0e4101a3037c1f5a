# Mutant: reads X.ndim before converting, so nested lists crash
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
    if X.ndim != 2 or np.ndim(components) != 2:
        raise ValueError("X and components must be 2-D")
    components = np.asarray(components, dtype=float)
    mean = np.asarray(mean, dtype=float)
    d = components.shape[1]
    if X.shape[1] != d or mean.shape != (d,):
        raise ValueError("shapes disagree")
    return (X - mean) @ components.T
