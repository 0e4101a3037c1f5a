# Mutant: standardises instead of centring: also divides by the column standard deviations
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
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    return (X - mean) / np.where(std > 0, std, 1.0), mean
