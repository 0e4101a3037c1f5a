# Mutant: sorts a copy with sorted() but divides by samples.size, which a list does not have
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
    sorted_samples = np.array(sorted(samples), dtype=float)
    if len(sorted_samples) == 0:
        raise ValueError("samples must contain at least one value")
    counts = np.searchsorted(sorted_samples, np.asarray(x, dtype=float), side="right")
    return counts / samples.size
