# Mutant: replaces only the EMPTY shares by eps; a positive share below eps is kept.
def psi(reference, current, n_bins=10, eps=1e-4):
    """Population stability index of `current` against `reference`.

    Parameters
    ----------
    reference, current : 1-D array-like of numbers
        Non-empty samples without nan.
    n_bins : int, default 10
        Number (>= 2) of equal-frequency bins of the reference.
    eps : float, default 1e-4
        Floor for the bin shares.

    Returns
    -------
    float
        sum((a - e) * ln(a / e)) over the bins.

    Raises
    ------
    ValueError
        If n_bins < 2, a sample is empty or contains nan.
    """
    if n_bins < 2:
        raise ValueError(f"n_bins must be >= 2, got {n_bins!r}")
    ref = np.asarray(reference, dtype=float).ravel()
    cur = np.asarray(current, dtype=float).ravel()
    if ref.size == 0 or cur.size == 0:
        raise ValueError("both samples must be non-empty")
    if np.isnan(ref).any() or np.isnan(cur).any():
        raise ValueError("the samples must not contain nan")
    edges = np.quantile(ref, np.linspace(0, 1, n_bins + 1))
    inner = edges[1:-1]                      # the outer edges are -inf and +inf
    ref_counts = np.bincount(np.searchsorted(inner, ref, side="right"), minlength=n_bins)
    cur_counts = np.bincount(np.searchsorted(inner, cur, side="right"), minlength=n_bins)
    e = ref_counts / ref.size
    a = cur_counts / cur.size
    e = np.where(e == 0, eps, e)
    a = np.where(a == 0, eps, a)
    return float(np.sum((a - e) * np.log(a / e)))
