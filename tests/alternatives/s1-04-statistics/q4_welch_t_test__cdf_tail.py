# Alternative: explicit sums of squared deviations and the lower tail 2 * t.cdf(-|t|, nu).
def welch_t_test(a, b):
    """Welch's unequal-variance two-sample t-test."""
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1:
        raise ValueError("samples must be 1-D")
    if len(a) < 2 or len(b) < 2:
        raise ValueError("each sample needs at least two values")
    na, nb = len(a), len(b)
    sa2 = np.sum((a - a.mean()) ** 2) / (na - 1)
    sb2 = np.sum((b - b.mean()) ** 2) / (nb - 1)
    se2 = sa2 / na + sb2 / nb
    t = (a.mean() - b.mean()) / np.sqrt(se2)
    nu = se2 ** 2 / ((sa2 / na) ** 2 / (na - 1) + (sb2 / nb) ** 2 / (nb - 1))
    p = 2 * scipy.stats.t.cdf(-abs(t), nu)
    return float(t), float(p)
