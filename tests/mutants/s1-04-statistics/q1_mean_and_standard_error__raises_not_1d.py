# Mutant: flattens a 2-D input with ravel() instead of raising ValueError.
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float).ravel()
    if x.size < 2:
        raise ValueError("need at least 2 values")
    return float(x.mean()), float(x.std(ddof=1) / np.sqrt(x.size))
