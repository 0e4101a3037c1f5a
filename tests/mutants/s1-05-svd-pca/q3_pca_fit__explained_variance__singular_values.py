# Mutant: returns the singular values s_i instead of the variances s_i**2 / (n - 1)
def pca_fit(X, k):
    """Principal component analysis of X through the SVD of the centred data.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data matrix, one sample per row, n >= 2.
    k : int
        Number of components to keep, 1 <= k <= min(n, d).

    Returns
    -------
    components : ndarray, shape (k, d), float
        Orthonormal rows, sorted by decreasing explained variance; each row's
        entry of largest absolute value is positive (sign convention).
    explained_variance : ndarray, shape (k,), float
        Variance of the data along each component, sigma_i**2 / (n - 1).
    mean : ndarray, shape (d,), float
        Column means of X.

    Raises
    ------
    ValueError
        If X is not 2-D, has fewer than 2 rows, or k is not an integer in [1, min(n, d)].
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n, d = X.shape
    if n < 2:
        raise ValueError("need at least 2 rows")
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= min(n, d):
        raise ValueError("bad k")

    mean = X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X - mean, full_matrices=False)
    components = Vt[:k]

    largest = np.argmax(np.abs(components), axis=1)
    signs = np.sign(components[np.arange(len(components)), largest])
    signs[signs == 0] = 1.0
    components = components * signs[:, None]

    return components, s[:k], mean
