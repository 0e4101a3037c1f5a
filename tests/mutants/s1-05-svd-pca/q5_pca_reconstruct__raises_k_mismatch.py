# Mutant: uses only the first Z.shape[1] components instead of raising when the counts differ
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
    if Z.ndim != 2 or components.ndim != 2:
        raise ValueError("Z and components must be 2-D")
    k, d = components.shape
    if Z.shape[1] > k or mean.shape != (d,):
        raise ValueError("shapes disagree")
    return Z @ components[:Z.shape[1]] + mean
