# Mutant: sample variances with ddof=0.
def welch_t_test(a, b):
    """Welch's unequal-variance two-sample t-test."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size < 2 or b.size < 2:
        raise ValueError("a and b must be 1-D with at least 2 values each")
    va, vb = a.var() / a.size, b.var() / b.size
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    dof = (va + vb) ** 2 / (va ** 2 / (a.size - 1) + vb ** 2 / (b.size - 1))
    return float(t), float(2 * scipy.stats.t.sf(abs(t), dof))
