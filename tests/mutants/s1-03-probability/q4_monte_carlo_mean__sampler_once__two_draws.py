# Mutant: calls the sampler twice, once for the estimate and once more for the standard error
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
        raise ValueError(f"need at least 2 samples for a standard error, got n={n}")
    estimate = np.asarray(f(sampler(n, rng)), dtype=float).mean()
    values = np.asarray(f(sampler(n, rng)), dtype=float)
    return float(estimate), float(values.std(ddof=1) / math.sqrt(n))
