# Mutant: divides by the observed counts (Neyman's statistic) instead of the expected ones.
def srm_check(observed, weights, threshold=0.001):
    """Chi-square goodness-of-fit test of arm counts against the intended split.

    Parameters
    ----------
    observed : array-like of shape (k,)
        Non-negative user counts per arm, k >= 2, positive total.
    weights : array-like of shape (k,)
        Positive intended shares (normalised by their sum).
    threshold : float, default 0.001
        Flag a sample ratio mismatch when the p-value is below it.

    Returns
    -------
    dict
        {"chi2": float, "p_value": float, "srm": bool}

    Raises
    ------
    ValueError
        On length mismatch, k < 2, a negative count, a zero total or a non-positive weight.
    """
    obs = np.asarray(observed, dtype=float)
    w = np.asarray(weights, dtype=float)
    if obs.ndim != 1 or w.ndim != 1 or obs.shape != w.shape:
        raise ValueError(f"observed and weights must be 1-D of the same length, got {obs.shape} and {w.shape}")
    if obs.size < 2:
        raise ValueError("need at least two arms")
    if (obs < 0).any() or obs.sum() == 0:
        raise ValueError("counts must be non-negative with a positive total")
    if (w <= 0).any():
        raise ValueError("weights must be positive")
    expected = obs.sum() * w / w.sum()
    stat = float(((obs - expected) ** 2 / np.maximum(obs, 1)).sum())
    p_value = float(scipy.stats.chi2.sf(stat, obs.size - 1))
    return {"chi2": stat, "p_value": p_value, "srm": bool(p_value < threshold)}
