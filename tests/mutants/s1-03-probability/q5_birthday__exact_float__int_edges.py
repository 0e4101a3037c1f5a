# Mutant: birthday_exact returns the ints 0 and 1 at the edges (n_people <= 1, n_people > n_days) instead of floats
def birthday_exact(n_people, n_days=365):
    """Exact probability that at least two of `n_people` share a birthday."""
    if n_people < 0:
        raise ValueError(f"n_people must be non-negative, got {n_people}")
    if n_people <= 1:
        return 0
    if n_people > n_days:
        return 1
    p_distinct = 1.0
    for k in range(n_people):
        p_distinct *= (n_days - k) / n_days
    return 1.0 - p_distinct


def birthday_collision_prob(n_people, n_trials, rng, n_days=365):
    """Monte Carlo estimate of the probability of a shared birthday."""
    if n_people < 0:
        raise ValueError(f"n_people must be non-negative, got {n_people}")
    if n_trials < 1:
        raise ValueError(f"n_trials must be at least 1, got {n_trials}")
    days = np.sort(rng.integers(0, n_days, size=(n_trials, n_people)), axis=1)
    shared = (np.diff(days, axis=1) == 0).any(axis=1)
    return float(shared.mean())
