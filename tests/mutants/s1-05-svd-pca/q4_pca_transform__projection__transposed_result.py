# Mutant: multiplies in the other order and returns Z transposed, shape (k, n)
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
    if X.ndim != 2 or components.ndim != 2 or X.shape[1] != components.shape[1] or mean.shape != (components.shape[1],):
        raise ValueError("shapes disagree")
    return components @ (X - mean).T
