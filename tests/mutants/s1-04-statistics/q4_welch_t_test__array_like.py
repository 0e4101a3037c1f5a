# Mutant: centres copies in place (a -= mean), which fails for integer input.
def welch_t_test(a, b):
    """Welch's unequal-variance two-sample t-test."""
    a = np.array(a)
    b = np.array(b)
    for s in (a, b):
        if s.ndim != 1 or s.size < 2:
            raise ValueError("a and b must be 1-D with at least 2 values")
    ma, mb = a.mean(), b.mean()
    a -= ma
    b -= mb
    va = np.sum(a ** 2) / (a.size - 1) / a.size
    vb = np.sum(b ** 2) / (b.size - 1) / b.size
    t = (ma - mb) / np.sqrt(va + vb)
    dof = (va + vb) ** 2 / (va ** 2 / (a.size - 1) + vb ** 2 / (b.size - 1))
    return float(t), float(2.0 * scipy.stats.t.sf(abs(t), dof))
