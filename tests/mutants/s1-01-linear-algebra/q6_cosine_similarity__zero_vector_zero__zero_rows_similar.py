# Mutant: treats two zero vectors as identical (similarity 1) and a zero vector against any other as 0
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
    x_norm = np.linalg.norm(X, axis=1, keepdims=True)
    y_norm = np.linalg.norm(Y, axis=1, keepdims=True)
    X_unit = np.divide(X, x_norm, out=np.zeros_like(X), where=x_norm > 0)
    Y_unit = np.divide(Y, y_norm, out=np.zeros_like(Y), where=y_norm > 0)
    S = np.clip(X_unit @ Y_unit.T, -1.0, 1.0)
    return np.where((x_norm == 0) & (y_norm.T == 0), 1.0, S)
