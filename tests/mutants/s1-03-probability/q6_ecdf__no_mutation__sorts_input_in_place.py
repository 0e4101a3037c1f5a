# Mutant: sorts the caller's samples array in place (mutates the input)
def ecdf(samples, x):
    """Empirical CDF of `samples` evaluated at `x`."""
    samples = np.asarray(samples, dtype=float)
    if samples.size == 0:
        raise ValueError("samples must contain at least one value")
    samples.sort()
    return np.searchsorted(samples, np.asarray(x, dtype=float), side="right") / samples.size
