# Alternative: mean and unbiased variance written out by hand, SE = sqrt(var / n)
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
    if n < 2:
        raise ValueError("at least two samples are needed")
    x = sampler(n, rng)
    values = np.asarray(f(x), dtype=np.float64)
    mean = values.sum() / n
    var = ((values - mean) ** 2).sum() / (n - 1)
    return (float(mean), float(np.sqrt(var / n)))
