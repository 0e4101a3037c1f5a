# Mutant: checks whether each interval contains the SAMPLE mean (always true) instead of the true mean.
def ci_coverage(sampler, n, n_trials, rng, confidence=0.95):
    """Fraction of simulated t intervals that contain the mean."""
    if n < 2 or n_trials < 1:
        raise ValueError("need n >= 2 and n_trials >= 1")
    hits = 0
    for _ in range(n_trials):
        x = sampler.rvs(size=n, random_state=rng)
        low, high = t_confidence_interval(x, confidence)
        hits += (low <= x.mean() <= high)
    return hits / n_trials
