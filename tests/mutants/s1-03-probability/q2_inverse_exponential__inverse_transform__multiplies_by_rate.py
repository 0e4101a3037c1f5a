# Mutant: treats rate as the scale (multiplies by rate instead of dividing)
def sample_exponential(rate, n, rng):
    """Exponential(rate) samples by inverse transform sampling."""
    if not (np.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a finite number > 0, got {rate}")
    u = rng.random(n)
    return -np.log1p(-u) * rate
