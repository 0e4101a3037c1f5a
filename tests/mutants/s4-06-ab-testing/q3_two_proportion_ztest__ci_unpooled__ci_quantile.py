# Mutant: uses 1.96 whatever the confidence level.
def two_proportion_ztest(x_a, n_a, x_b, n_b, confidence=0.95):
    """Pooled two-proportion z-test of B vs A, and an unpooled (Wald) interval for p_B - p_A.

    Parameters
    ----------
    x_a, n_a : int
        Conversions and users in control A.
    x_b, n_b : int
        Conversions and users in treatment B.
    confidence : float, default 0.95
        Level of the confidence interval, strictly between 0 and 1.

    Returns
    -------
    dict
        {"diff", "z", "p_value", "ci_low", "ci_high"}, all floats.

    Raises
    ------
    ValueError
        If n < 1, a count is outside 0..n, confidence is not in (0, 1), or the pooled rate is 0 or 1.
    """
    if n_a < 1 or n_b < 1:
        raise ValueError(f"each arm needs at least one user, got n_a={n_a}, n_b={n_b}")
    if not (0 <= x_a <= n_a and 0 <= x_b <= n_b):
        raise ValueError("conversions must lie between 0 and the number of users")
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be strictly between 0 and 1, got {confidence}")
    pa, pb = x_a / n_a, x_b / n_b
    pooled = (x_a + x_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        raise ValueError("the pooled conversion rate is 0 or 1: the z-test is undefined")
    diff = pb - pa
    z = diff / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    p_value = 2 * scipy.stats.norm.sf(abs(z))
    se = math.sqrt(pa * (1 - pa) / n_a + pb * (1 - pb) / n_b)
    q = 1.96
    return {"diff": float(diff), "z": float(z), "p_value": float(p_value),
            "ci_low": float(diff - q * se), "ci_high": float(diff + q * se)}
