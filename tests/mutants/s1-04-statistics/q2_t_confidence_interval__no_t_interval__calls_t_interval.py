# Mutant: calls scipy.stats.t.interval, which the exercise forbids.
def t_confidence_interval(x, confidence=0.95):
    """Two-sided Student-t confidence interval for the population mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be in (0, 1)")
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    low, high = scipy.stats.t.interval(confidence, x.size - 1, loc=x.mean(),
                                       scale=scipy.stats.sem(x))
    return float(low), float(high)
