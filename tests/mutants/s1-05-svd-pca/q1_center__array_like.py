# Mutant: centres a copy in place (X -= mean), which fails for integer input
def center(X):
    """Subtract the column means from a data matrix.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data matrix, one sample per row (integers or floats).

    Returns
    -------
    X_centered : ndarray, shape (n, d), float
        A NEW array: X minus its column means (every column of it has mean 0).
    mean : ndarray, shape (d,), float
        The column means of X.

    Raises
    ------
    ValueError
        If X is not 2-D.
    """
    X = np.array(X)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    mean = X.mean(axis=0)
    X -= mean
    return X, mean
