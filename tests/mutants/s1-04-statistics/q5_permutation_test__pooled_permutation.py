# Mutant: splits each shuffled pool at n_b instead of n_a (the first n_b values are called "a").
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
    observed = abs(a.mean() - b.mean())
    pooled = np.concatenate([a, b])
    count = 0
    for _ in range(n_permutations):
        s = rng.permutation(pooled)
        if abs(s[:b.size].mean() - s[b.size:].mean()) >= observed:
            count += 1
    return (count + 1) / (n_permutations + 1)
