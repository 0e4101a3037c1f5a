# Alternative: the standard library's statistics.fmean and statistics.stdev on a list of floats.
import math
import statistics


def mean_and_standard_error(x):
    """Sample mean and estimated standard error of the mean."""
    if np.ndim(x) != 1:
        raise ValueError("x must be one-dimensional")
    values = [float(v) for v in x]
    if len(values) < 2:
        raise ValueError("need at least two values")
    return statistics.fmean(values), statistics.stdev(values) / math.sqrt(len(values))
