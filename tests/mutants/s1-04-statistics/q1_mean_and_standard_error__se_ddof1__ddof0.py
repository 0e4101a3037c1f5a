# Mutant: uses the population standard deviation (ddof=0) instead of the sample one (ddof=1).
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be one-dimensional")
    if x.size < 2:
        raise ValueError("need at least 2 values")
    return float(x.mean()), float(x.std() / np.sqrt(x.size))
