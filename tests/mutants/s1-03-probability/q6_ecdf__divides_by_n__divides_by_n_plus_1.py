# Mutant: divides the count by n + 1 instead of n
def ecdf(samples, x):
    """Empirical CDF of `samples` evaluated at `x`."""
    sorted_samples = np.sort(np.asarray(samples, dtype=float).ravel())
    if sorted_samples.size == 0:
        raise ValueError("samples must contain at least one value")
    x = np.asarray(x, dtype=float)
    return np.searchsorted(sorted_samples, x, side="right") / (sorted_samples.size + 1)
