# Mutant: builds z intervals (normal quantile) instead of t intervals.
def ci_coverage(sampler, n, n_trials, rng, confidence=0.95):
    """Fraction of simulated intervals that contain the true mean."""
    if n < 2 or n_trials < 1:
        raise ValueError("need n >= 2 and n_trials >= 1")
    mu = sampler.mean()
    z = scipy.stats.norm.ppf(0.5 + confidence / 2)
    hits = 0
    for _ in range(n_trials):
        x = sampler.rvs(size=n, random_state=rng)
        se = x.std(ddof=1) / np.sqrt(n)
        hits += (x.mean() - z * se <= mu <= x.mean() + z * se)
    return hits / n_trials
