# Mutant: uses the normal quantile (z interval) instead of Student's t.
def t_confidence_interval(x, confidence=0.95):
    """Two-sided confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be in (0, 1)")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    se = x.std(ddof=1) / np.sqrt(x.size)
    q = scipy.stats.norm.ppf(1.0 - (1.0 - confidence) / 2.0)
    return float(x.mean() - q * se), float(x.mean() + q * se)
