# Mutant: converts x with np.atleast_1d, so a scalar x gives shape (1,) instead of ()
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
    sorted_samples = np.sort(np.asarray(samples, dtype=float).ravel())
    if sorted_samples.size == 0:
        raise ValueError("samples must contain at least one value")
    x = np.atleast_1d(np.asarray(x, dtype=float))
    return np.searchsorted(sorted_samples, x, side="right") / sorted_samples.size
