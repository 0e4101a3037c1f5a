# Mutant: takes the largest signed difference F_x - F_y (one-sided).
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
    t = np.concatenate([xs, ys])
    fx = np.searchsorted(xs, t, side="right") / xs.size
    fy = np.searchsorted(ys, t, side="right") / ys.size
    return float(np.max(fx - fy))
