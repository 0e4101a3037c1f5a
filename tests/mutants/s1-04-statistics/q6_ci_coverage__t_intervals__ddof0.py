# Mutant: standard errors from ddof=0, so the intervals are too narrow for small n.
def ci_coverage(sampler, n, n_trials, rng, confidence=0.95):
    """Fraction of simulated t intervals that contain the true mean."""
    if n < 2 or n_trials < 1:
        raise ValueError("need n >= 2 and n_trials >= 1")
    mu = sampler.mean()
    X = sampler.rvs(size=(n_trials, n), random_state=rng)
    m = X.mean(axis=1)
    se = X.std(axis=1) / np.sqrt(n)
    q = scipy.stats.t.ppf(0.5 + confidence / 2, n - 1)
    return float(np.mean((m - q * se <= mu) & (mu <= m + q * se)))
