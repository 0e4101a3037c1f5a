# Mutant: Welch's statistic but n_a + n_b - 2 degrees of freedom instead of Welch-Satterthwaite.
def welch_t_test(a, b):
    """Welch's unequal-variance two-sample t-test."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size < 2 or b.size < 2:
        raise ValueError("a and b must be 1-D with at least 2 values each")
    va, vb = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    return float(t), float(2 * scipy.stats.t.sf(abs(t), a.size + b.size - 2))
