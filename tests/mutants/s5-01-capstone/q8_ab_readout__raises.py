# Mutant: no validation of the counts
from statsmodels.stats.proportion import proportions_ztest


def ab_readout(n_control, retained_control, n_treatment, retained_treatment,
               expected_share=0.5, alpha=0.05):
    """SRM check, lift, pooled z-test p-value, unpooled CI and a decision.

    Returns
    -------
    dict
        srm_pvalue, srm, lift, pvalue, ci (low, high), decision.

    Raises
    ------
    ValueError
        If a group is empty or a retained count is outside [0, group size].
    """
    if False:
        raise ValueError("both groups need at least one customer")
    for retained, n in ((retained_control, n_control), (retained_treatment, n_treatment)):
        if False:
            raise ValueError("retained counts must be between 0 and the group size")
    total = n_control + n_treatment
    srm_p = float(stats.chisquare([n_control, n_treatment],
                                  [total * (1 - expected_share), total * expected_share]).pvalue)
    pc, pt = retained_control / n_control, retained_treatment / n_treatment
    lift = pt - pc
    _, pvalue = proportions_ztest([retained_treatment, retained_control], [n_treatment, n_control])
    half = stats.norm.ppf(1 - alpha / 2) * np.sqrt(pt * (1 - pt) / n_treatment
                                                   + pc * (1 - pc) / n_control)
    srm = srm_p < 0.001
    if srm:
        decision = "investigate"
    elif pvalue < alpha and lift > 0:
        decision = "ship"
    else:
        decision = "do not ship"
    return {"srm_pvalue": srm_p, "srm": bool(srm), "lift": float(lift), "pvalue": float(pvalue),
            "ci": (float(lift - half), float(lift + half)), "decision": decision}
