# Mutant: Welch-Satterthwaite with n_a - 1 in both denominator terms.
def welch_t_test(a, b):
    """Welch's unequal-variance two-sample t-test."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    for s in (a, b):
        if s.ndim != 1 or s.size < 2:
            raise ValueError("a and b must be 1-D with at least 2 values")
    va = a.var(ddof=1) / a.size
    vb = b.var(ddof=1) / b.size
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    dof = (va + vb) ** 2 / (va ** 2 / (a.size - 1) + vb ** 2 / (b.size - 1))
    dof = (va + vb) ** 2 / (va ** 2 / (a.size - 1) + vb ** 2 / (a.size - 1))
    return float(t), float(2.0 * scipy.stats.t.sf(abs(t), dof))
