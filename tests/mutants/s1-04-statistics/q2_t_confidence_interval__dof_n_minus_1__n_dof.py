# Mutant: uses n degrees of freedom instead of n - 1.
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be in (0, 1)")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    se = x.std(ddof=1) / np.sqrt(n)
    q = scipy.stats.t.ppf(1.0 - (1.0 - confidence) / 2.0, df=n)
    return float(x.mean() - q * se), float(x.mean() + q * se)
