# Mutant: never raises ValueError (bad confidence or n_resamples=0 pass silently or crash differently).
def bootstrap_ci(x, stat, n_resamples=2000, confidence=0.95, rng=None):
    """Percentile bootstrap confidence interval for stat(x)."""
    x = np.asarray(x, dtype=float)
    if rng is None:
        rng = np.random.default_rng()
    n = x.size
    replicates = [stat(x[rng.integers(0, n, size=n)]) for _ in range(max(n_resamples, 1))]
    alpha = 1.0 - confidence
    low, high = np.quantile(replicates, [min(max(alpha / 2, 0), 1), min(max(1 - alpha / 2, 0), 1)])
    return float(low), float(high)
