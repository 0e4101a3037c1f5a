# Alternative: draws all indices at once with rng.integers(0, n, size=(B, n)) and uses np.percentile.
def bootstrap_ci(x, stat, n_resamples=2000, confidence=0.95, rng=None):
    """Percentile bootstrap confidence interval for stat(x)."""
    data = np.array(x, dtype=float)
    if data.ndim != 1 or len(data) < 2:
        raise ValueError("x must be 1-D with at least two values")
    if n_resamples < 1:
        raise ValueError("n_resamples must be positive")
    if not (0 < confidence < 1):
        raise ValueError("confidence must lie strictly between 0 and 1")
    rng = np.random.default_rng() if rng is None else rng
    idx = rng.integers(0, len(data), size=(n_resamples, len(data)))
    replicates = [stat(row) for row in data[idx]]
    tail = 50 * (1 - confidence)
    low, high = np.percentile(replicates, [tail, 100 - tail])
    return float(low), float(high)
