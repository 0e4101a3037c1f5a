# Alternative: counts the samples strictly greater than x with side="left" on the negated sorted copy, then 1 - that share
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
    s = np.array(samples, dtype=float).reshape(-1)
    if s.size == 0:
        raise ValueError("samples is empty")
    descending = np.sort(-s)
    xs = np.asarray(x, dtype=float)
    greater = np.searchsorted(descending, -xs, side="left")
    return 1.0 - greater / s.size
