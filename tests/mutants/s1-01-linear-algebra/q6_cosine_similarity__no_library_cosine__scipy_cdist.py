# Mutant: 1 - scipy's cosine distance (cdist(X, Y, "cosine")), with the NaNs of zero rows replaced by 0
def cosine_similarity(X, Y):
    """Cosine of the angle between every row of X and every row of Y.

    Parameters
    ----------
    X : array-like of shape (n, d)
    Y : array-like of shape (m, d)

    Returns
    -------
    S : ndarray of shape (n, m), float, entries in [-1, 1]
        S[i, j] = X[i] . Y[j] / (||X[i]|| ||Y[j]||), and 0 where X[i] or Y[j] is zero.

    Raises
    ------
    ValueError
        If X or Y is not 2-D, or if they have different numbers of columns.
    """
    from scipy.spatial.distance import cdist
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    with np.errstate(invalid="ignore", divide="ignore"):
        S = 1.0 - cdist(X, Y, "cosine")
    return np.clip(np.nan_to_num(S, nan=0.0), -1.0, 1.0)
