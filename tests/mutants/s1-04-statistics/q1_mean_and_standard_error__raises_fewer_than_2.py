# Mutant: only rejects exactly one value; an empty input returns NaN instead of raising.
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if x.size == 1:
        raise ValueError("need at least 2 values")
    return float(np.mean(x)), float(np.std(x, ddof=1) / np.sqrt(x.size))
