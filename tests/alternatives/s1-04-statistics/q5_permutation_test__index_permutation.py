# Alternative: permutes indices with rng.permutation(N) and compares sums divided by the group sizes.
def permutation_test(a, b, n_permutations=9999, rng=None):
    """Two-sided Monte Carlo permutation test for a difference in means."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or a.size < 1:
        raise ValueError("a must be 1-D and non-empty")
    if b.ndim != 1 or b.size < 1:
        raise ValueError("b must be 1-D and non-empty")
    if n_permutations < 1:
        raise ValueError("n_permutations must be >= 1")
    if rng is None:
        rng = np.random.default_rng()
    na, nb = a.size, b.size
    pooled = np.concatenate((a, b))
    t_obs = abs(a.sum() / na - b.sum() / nb)
    extreme = 0
    for _ in range(n_permutations):
        s = pooled[rng.permutation(na + nb)]
        extreme += abs(s[:na].sum() / na - s[na:].sum() / nb) >= t_obs
    return (1 + int(extreme)) / (n_permutations + 1)
