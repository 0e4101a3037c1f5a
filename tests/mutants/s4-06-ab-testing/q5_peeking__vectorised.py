# Mutant: loops over experiments in Python, one experiment at a time.
def peeking_false_positive_rate(n_looks, n_per_look, p, n_experiments, alpha=0.05,
                                correction="none", seed=0):
    if correction not in ("none", "bonferroni") or min(n_looks, n_per_look, n_experiments) < 1 \
            or not (0 < p < 1) or not (0 < alpha < 1):
        raise ValueError("bad input")
    rng = np.random.default_rng(seed)
    thr = alpha / n_looks if correction == "bonferroni" else alpha
    n = n_per_look * np.arange(1, n_looks + 1)
    positives = 0
    for _ in range(n_experiments):               # one experiment at a time
        xa = rng.binomial(n_per_look, p, size=n_looks).cumsum()
        xb = rng.binomial(n_per_look, p, size=n_looks).cumsum()
        pooled = (xa + xb) / (2 * n)
        se = np.sqrt(pooled * (1 - pooled) * 2 / n)
        with np.errstate(divide="ignore", invalid="ignore"):
            z = (xb - xa) / n / se
        pval = np.where(se > 0, 2 * scipy.stats.norm.sf(np.abs(z)), 1.0)
        positives += bool(np.any(pval < thr))
    return positives / n_experiments
