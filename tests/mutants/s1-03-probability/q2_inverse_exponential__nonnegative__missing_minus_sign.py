# Mutant: forgets the minus sign, so every sample is negative
def sample_exponential(rate, n, rng):
    """Exponential(rate) samples by inverse transform sampling."""
    if not (np.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a finite number > 0, got {rate}")
    u = rng.random(n)
    return np.log(1 - u) / rate
