# Mutant: returns np.argmax(...) + 1, a NumPy integer, not a Python int
def choose_k(explained_variance_ratio, threshold=0.95):
    """Smallest number of components whose cumulative explained-variance ratio
    reaches `threshold`.

    Parameters
    ----------
    explained_variance_ratio : array_like, shape (m,)
        Non-negative ratios sorted in decreasing order (they sum to at most 1).
    threshold : float, 0 < threshold <= 1

    Returns
    -------
    k : int
        The smallest k in 1..m with sum(ratio[:k]) >= threshold - 1e-9.

    Raises
    ------
    ValueError
        If threshold is not in (0, 1] (NaN included), the ratio array is not 1-D
        and non-empty, or even all m components fall short of the threshold.
    """
    if not 0 < threshold <= 1:
        raise ValueError("threshold must lie in (0, 1]")
    ratio = np.asarray(explained_variance_ratio, dtype=float)
    if ratio.ndim != 1 or ratio.size == 0:
        raise ValueError("ratios must be a non-empty 1-D array")
    cumulative = np.cumsum(ratio)

    reached = cumulative >= threshold - 1e-9
    if not reached.any():
        raise ValueError("the components do not reach the threshold")
    return np.argmax(reached) + 1
