# Alternative: resamples the values with rng.choice(x, size=n, replace=True) in a loop.
def bootstrap_ci(x, stat, n_resamples=2000, confidence=0.95, rng=None):
    """Percentile bootstrap confidence interval for stat(x)."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if x.size < 2:
        raise ValueError("x needs at least two values")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    if rng is None:
        rng = np.random.default_rng()
    replicates = np.array([stat(rng.choice(x, size=x.size, replace=True)) for _ in range(n_resamples)])
    lo, hi = np.quantile(replicates, [(1 - confidence) / 2, (1 + confidence) / 2])
    return lo.item(), hi.item()
