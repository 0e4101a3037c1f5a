# Alternative: exact value from a sum of logarithms (np.log1p) exponentiated once; the simulation counts distinct days per row with np.unique
def birthday_exact(n_people, n_days=365):
    """Exact probability that at least two of `n_people` share a birthday."""
    if n_people < 0:
        raise ValueError(f"n_people must be >= 0, got {n_people}")
    if n_people <= 1:
        return 0.0
    if n_people > n_days:
        return 1.0
    k = np.arange(n_people)
    log_distinct = np.sum(np.log1p(-k / n_days))
    return float(-np.expm1(log_distinct))


def birthday_collision_prob(n_people, n_trials, rng, n_days=365):
    """Monte Carlo estimate of the probability of a shared birthday."""
    if n_people < 0:
        raise ValueError("n_people must be >= 0")
    if n_trials < 1:
        raise ValueError("n_trials must be >= 1")
    days = rng.integers(0, n_days, size=(n_trials, n_people))
    hits = 0
    for row in days:
        if len(np.unique(row)) < n_people:
            hits += 1
    return hits / n_trials
