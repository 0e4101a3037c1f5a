# Mutant: multiplies alpha by the number of looks instead of dividing.
def peeking_false_positive_rate(n_looks, n_per_look, p, n_experiments, alpha=0.05,
                                correction="none", seed=0):
    """Fraction of simulated A/A experiments declared significant at some look.

    Parameters
    ----------
    n_looks : int
        Number of looks K (>= 1).
    n_per_look : int
        New users per arm between two looks (>= 1).
    p : float
        True conversion rate of both arms, in (0, 1).
    n_experiments : int
        Number of simulated experiments (>= 1).
    alpha : float, default 0.05
        Significance level, in (0, 1).
    correction : {"none", "bonferroni"}, default "none"
        "bonferroni" tests each look at alpha / n_looks.
    seed : int, default 0
        Seed of np.random.default_rng.

    Returns
    -------
    float
        The estimated false-positive rate.

    Raises
    ------
    ValueError
        For an unknown correction, a size below 1, or p / alpha outside (0, 1).
    """
    if correction not in ("none", "bonferroni"):
        raise ValueError(f"correction must be 'none' or 'bonferroni', got {correction!r}")
    if n_looks < 1 or n_per_look < 1 or n_experiments < 1:
        raise ValueError("n_looks, n_per_look and n_experiments must be at least 1")
    if not (0.0 < p < 1.0 and 0.0 < alpha < 1.0):
        raise ValueError("p and alpha must lie strictly between 0 and 1")
    rng = np.random.default_rng(seed)
    batches = rng.binomial(n_per_look, p, size=(n_experiments, n_looks, 2))
    conversions = np.cumsum(batches, axis=1)
    xa, xb = conversions[..., 0], conversions[..., 1]
    n = n_per_look * np.arange(1, n_looks + 1)              # users per arm at each look
    pooled = (xa + xb) / (2 * n)
    se = np.sqrt(pooled * (1 - pooled) * 2 / n)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (xb - xa) / n / se
    p_values = np.where(se > 0, 2 * scipy.stats.norm.sf(np.abs(z)), 1.0)
    threshold = alpha * n_looks if correction == "bonferroni" else alpha
    return float((p_values < threshold).any(axis=1).mean())
