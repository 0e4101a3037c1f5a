# Mutant: centres the interval on the median (equal to the mean on [1, 2, 3, 4]).
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be strictly between 0 and 1")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    n = x.size
    q = scipy.stats.t.ppf(1.0 - (1.0 - confidence) / 2.0, df=n - 1)
    centre = np.median(x)
    half = q * x.std(ddof=1) / np.sqrt(n)
    return float(centre - half), float(centre + half)
