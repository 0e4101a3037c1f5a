# Mutant: reads X.ndim and X.shape before converting, so nested lists crash
def covariance_matrix(X):
    """Sample covariance matrix of the columns of X (ddof = 1), without np.cov.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data matrix, one sample per row.

    Returns
    -------
    C : ndarray, shape (d, d), float
        C[i, j] = sum_m (X[m, i] - mean_i) (X[m, j] - mean_j) / (n - 1).

    Raises
    ------
    ValueError
        If X is not 2-D or has fewer than 2 rows.
    """
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n = X.shape[0]
    if n < 2:
        raise ValueError("need at least 2 rows")
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (n - 1)
