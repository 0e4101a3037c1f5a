# Mutant: calls the ready-made sampler rng.exponential instead of inverse transform sampling
def sample_exponential(rate, n, rng):
    """Exponential(rate) samples by inverse transform sampling."""
    if not (np.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a finite number > 0, got {rate}")
    return rng.exponential(1 / rate, size=n)
