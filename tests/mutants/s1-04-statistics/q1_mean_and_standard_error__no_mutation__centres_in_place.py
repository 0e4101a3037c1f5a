# Mutant: centres the caller's array in place (np.asarray does not copy a float array).
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    mean = float(x.mean())
    x -= mean
    s = np.sqrt(np.sum(x ** 2) / (n - 1))
    return mean, float(s / np.sqrt(n))
