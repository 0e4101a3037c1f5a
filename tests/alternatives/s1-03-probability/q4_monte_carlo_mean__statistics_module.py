# Alternative: the standard library's statistics.fmean and statistics.stdev (ddof=1) on the values as Python floats
def monte_carlo_mean(f, sampler, n, rng):
    """Monte Carlo estimate of E[f(X)] and its standard error.

    Parameters
    ----------
    f : callable
        Vectorised function: array of shape (n,) -> array of shape (n,).
    sampler : callable
        ``sampler(n, rng)`` returns n samples of X, shape (n,).
    n : int
        Number of samples, at least 2.
    rng : numpy.random.Generator
        Passed to the sampler.

    Returns
    -------
    (float, float)
        The estimate (sample mean of f(X)) and its standard error s / sqrt(n), ddof=1.

    Raises
    ------
    ValueError
        If ``n < 2``.
    """
    import statistics
    if n < 2:
        raise ValueError("n must be at least 2")
    values = [float(v) for v in np.asarray(f(sampler(n, rng)), dtype=float)]
    return statistics.fmean(values), statistics.stdev(values) / n ** 0.5
