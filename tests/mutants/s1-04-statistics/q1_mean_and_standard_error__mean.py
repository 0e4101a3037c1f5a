# Mutant: returns the median as the centre instead of the mean (equal on symmetric data like [1, 2, 3, 4]).
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    return float(np.median(x)), float(x.std(ddof=1) / np.sqrt(n))
