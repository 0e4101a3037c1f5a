# Alternative: np.searchsorted on the (non-decreasing) cumulative sum, converted to a Python int.
def choose_k(explained_variance_ratio, threshold=0.95):
    """Smallest number of components whose cumulative ratio reaches `threshold`."""
    if not (threshold > 0 and threshold <= 1):
        raise ValueError("threshold must be in (0, 1]")
    r = np.asarray(explained_variance_ratio, dtype=float)
    if r.ndim != 1 or len(r) == 0:
        raise ValueError("need a non-empty 1-D array of ratios")
    cumulative = np.cumsum(r)
    position = int(np.searchsorted(cumulative, threshold - 1e-9, side="left"))
    if position == len(r):
        raise ValueError("the ratios never reach the threshold")
    return position + 1
