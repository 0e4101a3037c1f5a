# Mutant: does not check that observed and weights have the same length (a single weight broadcasts).
def srm_check(observed, weights, threshold=0.001):
    o = np.array(observed, dtype=float)
    w = np.array(weights, dtype=float)
    if o.size < 2 or np.any(o < 0) or o.sum() == 0 or np.any(w <= 0):
        raise ValueError("bad input")
    e = o.sum() * w / w.sum()        # broadcasts a single weight silently
    stat = float(np.sum((o - e) ** 2 / e))
    p = float(scipy.stats.chi2.sf(stat, o.size - 1))
    return {"chi2": stat, "p_value": p, "srm": bool(p < threshold)}
