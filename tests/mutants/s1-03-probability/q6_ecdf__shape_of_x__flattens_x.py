# Mutant: flattens x with ravel(), so an x of shape (3, 4, 5) gives a 1-D result
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
    x = np.asarray(x, dtype=float)
    flat = x.ravel() if x.ndim > 1 else x
    return np.searchsorted(sorted_samples, flat, side="right") / sorted_samples.size
