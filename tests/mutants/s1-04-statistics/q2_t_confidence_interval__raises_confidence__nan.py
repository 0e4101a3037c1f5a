# Mutant: rejects bad confidences with <= 0 or >= 1, so confidence=nan passes (every comparison with nan is False).
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if confidence <= 0 or confidence >= 1:
        raise ValueError("confidence must be strictly between 0 and 1")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    q = scipy.stats.t.ppf(1.0 - (1.0 - confidence) / 2.0, df=n - 1)
    half = q * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
