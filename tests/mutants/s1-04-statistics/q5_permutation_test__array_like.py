# Mutant: centres the pooled copy in place (pooled -= mean), which fails for integer input.
def permutation_test(a, b, n_permutations=9999, rng=None):
    """Two-sided Monte Carlo permutation test for a difference in means."""
    a = np.asarray(a)
    b = np.asarray(b)
    for s in (a, b):
        if s.ndim != 1 or s.size < 1:
            raise ValueError("a and b must be 1-D and non-empty")
    if n_permutations < 1:
        raise ValueError("n_permutations must be at least 1")
    if rng is None:
        rng = np.random.default_rng()
    pooled = np.concatenate([a, b])
    pooled -= pooled.mean()
    na = a.size
    observed = abs(pooled[:na].mean() - pooled[na:].mean())
    count = 0
    for _ in range(n_permutations):
        s = rng.permutation(pooled)
        if abs(s[:na].mean() - s[na:].mean()) >= observed:
            count += 1
    return (count + 1) / (n_permutations + 1)
