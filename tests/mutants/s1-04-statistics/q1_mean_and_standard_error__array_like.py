# Mutant: centres a copy in place (x -= mean), which fails for integer input (cannot cast float to int).
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    x = np.array(x)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    mean = float(x.mean())
    x -= mean
    return mean, float(np.sqrt(np.sum(x ** 2) / (n - 1)) / np.sqrt(n))
