# Alternative: builds X^T X and X^T y with np.einsum on np.array copies, then np.linalg.solve
def fit_least_squares(X, y):
    """Least-squares weights from the normal equation X^T X w = X^T y.

    Parameters
    ----------
    X : array-like of shape (n, d), linearly independent columns
    y : array-like of shape (n,)

    Returns
    -------
    w : ndarray of shape (d,), float

    Raises
    ------
    ValueError
        If X is not 2-D, y is not 1-D, or X and y have different numbers of rows.
    """
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if np.ndim(X) != 2 or np.ndim(y) != 1 or np.shape(X)[0] != np.shape(y)[0]:
        raise ValueError("expected X of shape (n, d) and y of shape (n,)")
    gram = np.einsum("ni,nj->ij", X, X)
    rhs = np.einsum("ni,n->i", X, y)
    return np.linalg.solve(gram, rhs)
