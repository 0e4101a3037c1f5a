# Alternative: vectorised; tests |mean - mu| <= t quantile * se on a (n_trials, n) draw.
def ci_coverage(sampler, n, n_trials, rng, confidence=0.95):
    """Fraction of simulated t intervals that contain the true mean."""
    if n < 2 or n_trials < 1:
        raise ValueError("need n >= 2 and n_trials >= 1")
    X = np.asarray(sampler.rvs(size=(n_trials, n), random_state=rng), dtype=float)
    half = scipy.stats.t.ppf((1 + confidence) / 2, n - 1) * X.std(axis=1, ddof=1) / np.sqrt(n)
    return float(np.mean(np.abs(X.mean(axis=1) - sampler.mean()) <= half))
