# Mutant: np.percentile with fractions (alpha/2 per cent, not alpha/2 * 100): nearly the min and max.
def bootstrap_ci(x, stat, n_resamples=2000, confidence=0.95, rng=None):
    """Percentile bootstrap confidence interval for stat(x)."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be strictly between 0 and 1")
    if rng is None:
        rng = np.random.default_rng()
    n = x.size
    replicates = [stat(x[rng.integers(0, n, size=n)]) for _ in range(n_resamples)]
    alpha = 1.0 - confidence
    low, high = np.percentile(replicates, [alpha / 2.0, 1.0 - alpha / 2.0])
    return float(low), float(high)
