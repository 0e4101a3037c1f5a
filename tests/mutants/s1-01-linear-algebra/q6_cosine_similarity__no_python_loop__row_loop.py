# Mutant: right values, but fills the table row by row in a Python loop
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
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    y_norm = np.linalg.norm(Y, axis=1)
    Y_unit = np.divide(Y, y_norm[:, None], out=np.zeros_like(Y), where=y_norm[:, None] > 0)
    S = np.zeros((X.shape[0], Y.shape[0]))
    for i in range(X.shape[0]):
        nx = np.linalg.norm(X[i])
        if nx > 0:
            S[i] = Y_unit @ (X[i] / nx)
    return np.clip(S, -1.0, 1.0)
