# Mutant: flattens a 2-D input with ravel() instead of raising ValueError.
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be strictly between 0 and 1")
    x = np.asarray(x, dtype=float).ravel()
    if x.size < 2:
        raise ValueError("need at least 2 values")
    n = x.size
    q = scipy.stats.t.ppf(1.0 - (1.0 - confidence) / 2.0, df=n - 1)
    half = q * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
