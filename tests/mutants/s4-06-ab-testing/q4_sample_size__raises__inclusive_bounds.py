# Mutant: checks p1 = p_baseline + mde and alpha with inclusive bounds, so p1 = 1, p1 = 0 or alpha = 1 pass.
def sample_size_per_arm(p_baseline, mde, alpha=0.05, power=0.8):
    p1 = p_baseline + mde
    if not (0 < p_baseline < 1) or not (0 <= p1 <= 1) or mde == 0:
        raise ValueError("bad rates")
    if not (0 < alpha <= 1) or not (0 < power < 1):
        raise ValueError("bad alpha or power")
    h = 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p_baseline))
    z_alpha = scipy.stats.norm.ppf(1 - alpha / 2)
    z_power = scipy.stats.norm.ppf(power)
    return math.ceil(2 * (z_alpha + z_power) ** 2 / h ** 2)
