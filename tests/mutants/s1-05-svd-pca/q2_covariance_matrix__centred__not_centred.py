# Mutant: forgets to subtract the column means (X.T @ X / (n - 1))
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
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    return X.T @ X / (X.shape[0] - 1)
