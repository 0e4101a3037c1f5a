# Alternative: np.einsum for the projection, shape checks with explicit messages.
def pca_transform(X, components, mean):
    """Project data onto principal components: Z = (X - mean) @ components.T."""
    X = np.array(X, dtype=float)
    W = np.array(components, dtype=float)
    mu = np.array(mean, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if W.ndim != 2:
        raise ValueError("components must be 2-D")
    if X.shape[1] != W.shape[1]:
        raise ValueError("X and components have different numbers of features")
    if mu.shape != (W.shape[1],):
        raise ValueError("mean must have shape (d,)")
    return np.einsum("nd,kd->nk", X - mu, W)
