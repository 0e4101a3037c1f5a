# Mutant: hard-codes the 97.5% quantile, so every interval is a 95% interval whatever confidence says.
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be strictly between 0 and 1")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    q = scipy.stats.t.ppf(0.975, df=n - 1)
    half = q * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
