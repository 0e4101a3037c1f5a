# Mutant: off-by-one loop range(1, n_trials), still divided by n_trials.
def ci_coverage(sampler, n, n_trials, rng, confidence=0.95):
    """Fraction of simulated t intervals that contain the true mean."""
    if n < 2:
        raise ValueError("n must be at least 2")
    if n_trials < 1:
        raise ValueError("n_trials must be at least 1")
    mu = sampler.mean()
    hits = 0
    for _ in range(1, n_trials):
        low, high = t_confidence_interval(sampler.rvs(size=n, random_state=rng), confidence)
        hits += bool(low <= mu <= high)
    return hits / n_trials
