# Mutant: always draws uniform samples with rng.random instead of calling the sampler
def monte_carlo_mean(f, sampler, n, rng):
    """Monte Carlo estimate of E[f(X)] and its standard error."""
    if n < 2:
        raise ValueError(f"need at least 2 samples for a standard error, got n={n}")
    values = np.asarray(f(rng.random(n)), dtype=float)
    return float(values.mean()), float(values.std(ddof=1) / math.sqrt(n))
