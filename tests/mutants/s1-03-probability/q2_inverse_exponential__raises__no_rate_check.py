# Mutant: no ValueError for rate <= 0 (returns infinities or negative samples instead)
def sample_exponential(rate, n, rng):
    """Exponential(rate) samples by inverse transform sampling."""
    u = rng.random(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.log1p(-u) / rate
