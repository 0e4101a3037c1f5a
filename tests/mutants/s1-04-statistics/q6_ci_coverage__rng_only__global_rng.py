# Mutant: draws samples without random_state=rng (NumPy's global state), so the seed has no effect.
def ci_coverage(sampler, n, n_trials, rng, confidence=0.95):
    """Fraction of simulated t intervals that contain the true mean."""
    if n < 2 or n_trials < 1:
        raise ValueError("need n >= 2 and n_trials >= 1")
    mu = sampler.mean()
    hits = 0
    for _ in range(n_trials):
        low, high = t_confidence_interval(sampler.rvs(size=n), confidence)
        hits += (low <= mu <= high)
    return hits / n_trials
