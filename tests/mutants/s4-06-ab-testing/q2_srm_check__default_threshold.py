# Mutant: uses a default threshold of 0.01 instead of 0.001.
def srm_check(observed, weights, threshold=0.01):
    o = np.array(observed, dtype=float)
    w = np.array(weights, dtype=float)
    if o.shape != w.shape or o.size < 2 or np.any(o < 0) or o.sum() == 0 or np.any(w <= 0):
        raise ValueError("bad input")
    e = o.sum() * w / w.sum()
    stat = float(np.sum((o - e) ** 2 / e))
    p = float(scipy.stats.chi2.sf(stat, o.size - 1))
    return {"chi2": stat, "p_value": p, "srm": bool(p < threshold)}
