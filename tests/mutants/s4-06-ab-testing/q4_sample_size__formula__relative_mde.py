# Mutant: reads mde as a relative lift (p1 = p0 * (1 + mde)).
def sample_size_per_arm(p_baseline, mde, alpha=0.05, power=0.8):
    """Users per arm to detect an absolute change `mde` of a conversion rate (Cohen's h).

    Parameters
    ----------
    p_baseline : float
        Control conversion rate, in (0, 1).
    mde : float
        Minimum detectable effect, absolute (p1 = p_baseline + mde), non-zero.
    alpha : float, default 0.05
        Two-sided significance level, in (0, 1).
    power : float, default 0.8
        Desired power, in (0, 1).

    Returns
    -------
    int
        Users needed in each arm, rounded up.

    Raises
    ------
    ValueError
        If p_baseline or p_baseline + mde is not in (0, 1), mde == 0, or alpha/power not in (0, 1).
    """
    p1 = p_baseline * (1 + mde)
    if not (0.0 < p_baseline < 1.0 and 0.0 < p1 < 1.0):
        raise ValueError(f"rates must lie strictly between 0 and 1, got {p_baseline} and {p1}")
    if mde == 0:
        raise ValueError("the minimum detectable effect must be non-zero")
    if not (0.0 < alpha < 1.0 and 0.0 < power < 1.0):
        raise ValueError("alpha and power must lie strictly between 0 and 1")
    h = 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p_baseline))
    z_alpha = scipy.stats.norm.ppf(1 - alpha / 2)
    z_power = scipy.stats.norm.ppf(power)
    return math.ceil(2 * (z_alpha + z_power) ** 2 / h ** 2)
