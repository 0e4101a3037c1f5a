# Mutant: never checks the number of dimensions (a 1-D Z gives a 1-D result)
def pca_reconstruct(Z, components, mean):
    """Map component coordinates back to data space: X_hat = Z @ components + mean.

    Parameters
    ----------
    Z : array_like, shape (n, k)
    components : array_like, shape (k, d)
    mean : array_like, shape (d,)

    Returns
    -------
    X_hat : ndarray, shape (n, d), float

    Raises
    ------
    ValueError
        If Z or components is not 2-D, Z.shape[1] != components.shape[0], or
        mean.shape != (components.shape[1],).
    """
    Z = np.asarray(Z, dtype=float)
    components = np.asarray(components, dtype=float)
    mean = np.asarray(mean, dtype=float)
    d = components.shape[-1]
    if mean.shape != (d,):
        raise ValueError("mean must have shape (d,)")
    return Z @ components + mean
