# Mutant: starts looking at the second component, so it never returns 1
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

    for i in range(1, len(cumulative)):
        if cumulative[i] >= threshold - 1e-9:
            return i + 1
    if cumulative[0] >= threshold - 1e-9:
        return 2 if len(cumulative) > 1 else 1
    raise ValueError("the components do not reach the threshold")
