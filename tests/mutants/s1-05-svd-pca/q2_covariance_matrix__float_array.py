# Mutant: computes the means with floor division (//), so integer data give an integer matrix
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
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n = X.shape[0]
    if n < 2:
        raise ValueError("need at least 2 rows")
    Xc = X - X.sum(axis=0) // n
    return Xc.T @ Xc / (n - 1) if X.dtype.kind == "f" else Xc.T @ Xc // (n - 1)
