# Alternative: Welford's one-loop update (numerically stable) on a Python list, returning np.float64 values.
def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    arr = np.asarray(x)
    if arr.ndim != 1:
        raise ValueError("x must be one-dimensional")
    if arr.size < 2:
        raise ValueError("need at least two values")
    mean = 0.0
    m2 = 0.0
    for k, value in enumerate(arr.astype(float).tolist(), start=1):
        delta = value - mean
        mean += delta / k
        m2 += delta * (value - mean)
    n = arr.size
    return np.float64(mean), np.float64(np.sqrt(m2 / (n - 1)) / np.sqrt(n))
