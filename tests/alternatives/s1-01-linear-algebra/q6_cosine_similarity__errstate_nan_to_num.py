# Alternative: divides inside np.errstate (no warning is emitted) and replaces the NaNs of zero rows by 0 afterwards
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
    X = np.array(X, dtype=float)
    Y = np.array(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D arrays with the same number of columns")
    with np.errstate(divide="ignore", invalid="ignore"):
        S = (X @ Y.T) / (np.linalg.norm(X, axis=1)[:, None] * np.linalg.norm(Y, axis=1)[None, :])
    S = np.nan_to_num(S, nan=0.0, posinf=0.0, neginf=0.0)
    return np.minimum(np.maximum(S, -1.0), 1.0)
