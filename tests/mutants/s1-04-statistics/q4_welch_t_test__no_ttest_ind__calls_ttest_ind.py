# Mutant: calls scipy.stats.ttest_ind, which the exercise forbids.
def welch_t_test(a, b):
    """Welch's unequal-variance two-sample t-test."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size < 2 or b.size < 2:
        raise ValueError("a and b must be 1-D with at least 2 values each")
    res = scipy.stats.ttest_ind(a, b, equal_var=False)
    return float(res.statistic), float(res.pvalue)
