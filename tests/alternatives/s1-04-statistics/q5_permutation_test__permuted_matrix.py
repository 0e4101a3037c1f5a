# Alternative: vectorised; rng.permuted on a (B, N) tiled matrix draws the same relabellings as B rng.permutation calls.
def permutation_test(a, b, n_permutations=9999, rng=None):
    """Two-sided Monte Carlo permutation test for a difference in means."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0:
        raise ValueError("a and b must be non-empty 1-D samples")
    if n_permutations < 1:
        raise ValueError("n_permutations must be at least 1")
    rng = np.random.default_rng() if rng is None else rng
    observed = abs(a.mean() - b.mean())
    pooled = np.concatenate([a, b])
    shuffled = rng.permuted(np.tile(pooled, (n_permutations, 1)), axis=1)
    diffs = np.abs(shuffled[:, :a.size].mean(axis=1) - shuffled[:, a.size:].mean(axis=1))
    return float((1 + np.count_nonzero(diffs >= observed)) / (n_permutations + 1))
