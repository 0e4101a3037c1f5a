# Mutant: calls searchsorted on unsorted samples (searchsorted assumes sorted input)
def ecdf(samples, x):
    """Empirical CDF of `samples` evaluated at `x`."""
    samples = np.asarray(samples, dtype=float).ravel()
    if samples.size == 0:
        raise ValueError("samples must contain at least one value")
    return np.searchsorted(samples, np.asarray(x, dtype=float), side="right") / samples.size
