# Mutant: a normal-approximation interval stat(x) -/+ z * sd(replicates) instead of the percentile interval.
def bootstrap_ci(x, stat, n_resamples=2000, confidence=0.95, rng=None):
    """Bootstrap confidence interval for stat(x)."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be in (0, 1)")
    if rng is None:
        rng = np.random.default_rng()
    n = x.size
    replicates = np.array([stat(x[rng.integers(0, n, size=n)]) for _ in range(n_resamples)])
    z = scipy.stats.norm.ppf(0.5 + confidence / 2)
    centre = stat(x)
    return float(centre - z * replicates.std(ddof=1)), float(centre + z * replicates.std(ddof=1))
