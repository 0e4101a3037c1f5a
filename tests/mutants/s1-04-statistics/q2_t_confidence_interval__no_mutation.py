# Mutant: centres the caller's float array in place (np.asarray does not copy a float array).
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be strictly between 0 and 1")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    mean = x.mean()
    x -= mean
    se = np.sqrt(np.sum(x ** 2) / (n - 1)) / np.sqrt(n)
    q = scipy.stats.t.ppf(1.0 - (1.0 - confidence) / 2.0, df=n - 1)
    return float(mean - q * se), float(mean + q * se)
