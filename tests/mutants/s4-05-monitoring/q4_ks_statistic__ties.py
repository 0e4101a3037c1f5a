# Mutant: walks the pooled sorted values one at a time, so it measures the gap half-way through a tie.
def ks_statistic(x, y):
    """Two-sample Kolmogorov-Smirnov statistic max_t |F_x(t) - F_y(t)|.

    Parameters
    ----------
    x, y : 1-D array-like of numbers
        Non-empty samples (sizes may differ, ties allowed).

    Returns
    -------
    float
        The statistic D in [0, 1].

    Raises
    ------
    ValueError
        If x or y is empty.
    """
    xs = np.sort(np.asarray(x, dtype=float).ravel())
    ys = np.sort(np.asarray(y, dtype=float).ravel())
    if xs.size == 0 or ys.size == 0:
        raise ValueError("both samples must be non-empty")
    order = np.argsort(np.concatenate([xs, ys]), kind="stable")
    from_x = np.r_[np.ones(xs.size), np.zeros(ys.size)][order]
    fx = np.cumsum(from_x) / xs.size
    fy = np.cumsum(1 - from_x) / ys.size
    return float(np.max(np.abs(fx - fy)))
