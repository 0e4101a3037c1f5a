# Alternative: validates with np.issubdtype and sums the squares with np.einsum
def inertia(X, centres, labels):
    """Within-cluster sum of squares: sum_i ||X[i] - centres[labels[i]]||^2."""
    X = np.array(X, dtype=np.float64)
    centres = np.array(centres, dtype=np.float64)
    labels = np.asarray(labels)
    if X.ndim != 2 or centres.ndim != 2:
        raise ValueError("X and centres must be 2-D")
    if X.shape[1] != centres.shape[1]:
        raise ValueError("X and centres must have the same number of columns")
    if labels.shape != (len(X),) or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError("labels must be an integer array of shape (n,)")
    if ((labels < 0) | (labels >= len(centres))).any():
        raise ValueError("labels must lie in [0, k)")
    diff = X - centres[labels]
    return float(np.einsum("ij,ij->", diff, diff))
