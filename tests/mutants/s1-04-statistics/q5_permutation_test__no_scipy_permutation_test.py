# Mutant: calls scipy.stats.permutation_test, which the exercise forbids.
def permutation_test(a, b, n_permutations=9999, rng=None):
    """Two-sided Monte Carlo permutation test for a difference in means."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    for s in (a, b):
        if s.ndim != 1 or s.size < 1:
            raise ValueError("a and b must be 1-D and non-empty")
    if n_permutations < 1:
        raise ValueError("n_permutations must be at least 1")
    if rng is None:
        rng = np.random.default_rng()
    res = scipy.stats.permutation_test(
        (a, b), lambda u, v, axis: np.mean(u, axis=axis) - np.mean(v, axis=axis), vectorized=True,
        n_resamples=n_permutations, alternative="two-sided", rng=rng)
    return float(res.pvalue)
