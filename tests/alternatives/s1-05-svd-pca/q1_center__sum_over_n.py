# Alternative: column sums divided by n and explicit [np.newaxis, :] broadcasting, via np.array (always a copy).
def center(X):
    """Subtract the column means from a data matrix."""
    data = np.array(X, dtype=np.float64)
    if data.ndim != 2:
        raise ValueError("X must be 2-D")
    mean = data.sum(axis=0) / data.shape[0]
    data -= mean[np.newaxis, :]      # data is our own copy, so this does not touch X
    return data, mean
