# Mutant: statistics.mean on the caller's values returns an int for integer data with a whole-number mean.
import statistics


def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    values = np.asarray(x, dtype=float)
    if values.ndim != 1 or values.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    mean = statistics.mean(x)
    se = float(values.std(ddof=1) / np.sqrt(values.size))
    return mean, se
