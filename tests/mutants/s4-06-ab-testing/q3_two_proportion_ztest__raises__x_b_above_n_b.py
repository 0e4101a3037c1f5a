# Mutant: checks that x_a <= n_a but forgets x_b <= n_b.
def two_proportion_ztest(x_a, n_a, x_b, n_b, confidence=0.95):
    if n_a < 1 or n_b < 1 or x_a < 0 or x_b < 0 or x_a > n_a or not (0 < confidence < 1):
        raise ValueError("bad input")
    p = (x_a + x_b) / (n_a + n_b)
    if p <= 0 or p >= 1:
        raise ValueError("pooled rate is 0 or 1")
    pa, pb = x_a / n_a, x_b / n_b
    diff = pb - pa
    z = diff / math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    se1 = math.sqrt(abs(pa * (1 - pa) / n_a + pb * (1 - pb) / n_b))
    q = scipy.stats.norm.ppf(1 - (1 - confidence) / 2)
    return {"diff": diff, "z": z, "p_value": float(2 * scipy.stats.norm.sf(abs(z))),
            "ci_low": diff - q * se1, "ci_high": diff + q * se1}
