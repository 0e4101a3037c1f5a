# Alternative: reuses Exercise 1 and takes the quantile as t.isf(alpha / 2) of a frozen t distribution.
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not (0 < confidence < 1):
        raise ValueError("confidence must lie strictly between 0 and 1")
    mean, se = mean_and_standard_error(x)      # raises for bad shapes and sizes
    n = np.asarray(x).size
    q = scipy.stats.t(df=n - 1).isf((1 - confidence) / 2)
    return mean - q * se, mean + q * se
