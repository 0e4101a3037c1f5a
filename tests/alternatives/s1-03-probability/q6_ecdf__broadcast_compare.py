# Alternative: compares every point with every sample by broadcasting ((x[..., None] >= samples).mean(axis=-1)), no sorting
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
    s = np.asarray(samples, dtype=float).ravel()
    if len(s) == 0:
        raise ValueError("need at least one sample")
    xs = np.asarray(x, dtype=float)
    return (xs[..., np.newaxis] >= s).mean(axis=-1)
