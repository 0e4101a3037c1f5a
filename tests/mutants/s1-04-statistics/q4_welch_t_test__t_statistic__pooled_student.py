# Mutant: Student's pooled-variance t-test with n_a + n_b - 2 degrees of freedom instead of Welch's.
def welch_t_test(a, b):
    """Two-sample t-test."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size < 2 or b.size < 2:
        raise ValueError("a and b must be 1-D with at least 2 values each")
    na, nb = a.size, b.size
    sp2 = ((na - 1) * a.var(ddof=1) + (nb - 1) * b.var(ddof=1)) / (na + nb - 2)
    t = (a.mean() - b.mean()) / np.sqrt(sp2 * (1 / na + 1 / nb))
    p = 2 * scipy.stats.t.sf(abs(t), na + nb - 2)
    return float(t), float(p)
