# Mutant: strict inequalities, so an endpoint equal to the true mean does not count as covering.
def ci_coverage(sampler, n, n_trials, rng, confidence=0.95):
    """Fraction of simulated t intervals that contain the true mean."""
    if n < 2:
        raise ValueError("n must be at least 2")
    if n_trials < 1:
        raise ValueError("n_trials must be at least 1")
    true_mean = sampler.mean()
    samples = np.asarray(sampler.rvs(size=(n_trials, n), random_state=rng), dtype=float)
    q = scipy.stats.t.ppf(0.5 + confidence / 2.0, df=n - 1)
    means = samples.mean(axis=1)
    ses = samples.std(axis=1, ddof=1) / np.sqrt(n)
    covered = (means - q * ses < true_mean) & (true_mean < means + q * ses)
    return float(covered.mean())
