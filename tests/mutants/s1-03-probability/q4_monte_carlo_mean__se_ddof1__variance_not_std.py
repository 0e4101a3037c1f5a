# Mutant: uses the sample variance instead of the standard deviation in the standard error
def monte_carlo_mean(f, sampler, n, rng):
    """Monte Carlo estimate of E[f(X)] and its standard error."""
    if n < 2:
        raise ValueError(f"need at least 2 samples for a standard error, got n={n}")
    values = np.asarray(f(sampler(n, rng)), dtype=float)
    return float(values.mean()), float(values.var(ddof=1) / math.sqrt(n))
