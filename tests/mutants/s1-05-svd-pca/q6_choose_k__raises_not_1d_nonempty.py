# Mutant: flattens the ratios with ravel() instead of rejecting a 2-D or 0-d input
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
    ratio = np.asarray(explained_variance_ratio, dtype=float).ravel()
    cumulative = np.cumsum(ratio)
    reached = np.flatnonzero(cumulative >= threshold - 1e-9)
    if reached.size == 0:
        raise ValueError("the components do not reach the threshold")
    return int(reached[0]) + 1
