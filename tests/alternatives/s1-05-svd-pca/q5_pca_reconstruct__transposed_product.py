# Alternative: (components.T @ Z.T).T + mean[np.newaxis, :], validating the shapes one by one.
def pca_reconstruct(Z, components, mean):
    """Map component coordinates back to data space: X_hat = Z @ components + mean."""
    Z = np.asarray(Z, dtype=np.float64)
    W = np.asarray(components, dtype=np.float64)
    mu = np.asarray(mean, dtype=np.float64)
    if Z.ndim != 2:
        raise ValueError("Z must be 2-D")
    if W.ndim != 2:
        raise ValueError("components must be 2-D")
    if Z.shape[1] != W.shape[0]:
        raise ValueError("Z needs one column per component")
    if mu.shape != (W.shape[1],):
        raise ValueError("mean must have shape (d,)")
    return (W.T @ Z.T).T + mu[np.newaxis, :]
