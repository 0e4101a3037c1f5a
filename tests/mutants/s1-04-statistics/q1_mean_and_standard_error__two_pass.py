# Mutant: one-pass variance (sum(x**2) - n * mean**2) / (n - 1), which cancels digits for large offsets.
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    mean = x.sum() / n
    var = (np.sum(x * x) - n * mean * mean) / (n - 1)
    return float(mean), float(np.sqrt(max(var, 0.0) / n))
