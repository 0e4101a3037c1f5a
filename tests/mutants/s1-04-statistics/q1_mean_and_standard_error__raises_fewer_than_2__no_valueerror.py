# Mutant: never raises ValueError (a single value silently gives NaN, 2-D input is flattened).
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float).ravel()
    n = x.size
    return float(np.mean(x)), float(np.std(x, ddof=1) / np.sqrt(n))
