# Mutant: takes the 1 - alpha quantile instead of 1 - alpha/2 (a one-sided quantile for a two-sided interval).
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be in (0, 1)")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    se = x.std(ddof=1) / np.sqrt(n)
    q = scipy.stats.t.ppf(confidence, df=n - 1)
    return float(x.mean() - q * se), float(x.mean() + q * se)
