# Alternative: reuses center() and sums one outer product per sample in a Python loop.
def covariance_matrix(X):
    """Sample covariance matrix of the columns of X (ddof = 1), without np.cov."""
    if np.ndim(X) != 2:
        raise ValueError("X must be 2-D")
    if len(X) < 2:
        raise ValueError("need at least 2 rows")
    Xc, _ = center(X)
    C = np.zeros((Xc.shape[1], Xc.shape[1]))
    for row in Xc:
        C += np.outer(row, row)
    return C / (len(Xc) - 1)
