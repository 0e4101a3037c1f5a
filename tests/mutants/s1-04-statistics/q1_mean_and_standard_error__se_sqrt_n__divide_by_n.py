# Mutant: divides the standard deviation by n instead of sqrt(n).
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    return float(x.mean()), float(x.std(ddof=1) / x.size)
