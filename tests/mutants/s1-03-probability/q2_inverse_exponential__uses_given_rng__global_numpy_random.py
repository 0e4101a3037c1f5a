# Mutant: draws the uniforms from the global np.random state instead of the rng argument
def sample_exponential(rate, n, rng):
    """Exponential(rate) samples by inverse transform sampling."""
    if not (np.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a finite number > 0, got {rate}")
    u = np.random.random(n)
    return -np.log1p(-u) / rate
