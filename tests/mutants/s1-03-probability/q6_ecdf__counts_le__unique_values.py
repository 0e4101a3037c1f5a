# Mutant: sorts np.unique(samples), so tied samples are counted once
def ecdf(samples, x):
    """Empirical CDF of `samples` evaluated at `x`.

    Parameters
    ----------
    samples : array_like, shape (n,)
        At least one sample.
    x : float or array_like
        Points where the ECDF is evaluated.

    Returns
    -------
    numpy.ndarray of float, shape np.shape(x)

    Raises
    ------
    ValueError
        If `samples` is empty.
    """
    samples = np.asarray(samples, dtype=float).ravel()
    if samples.size == 0:
        raise ValueError("samples must contain at least one value")
    distinct = np.unique(samples)
    counts = np.searchsorted(distinct, np.asarray(x, dtype=float), side="right")
    return counts / samples.size
