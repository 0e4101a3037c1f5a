# Mutant: the simulation draws the days as (n_people, n_trials) and looks for repeats per column: right distribution, not the stated draw
def birthday_exact(n_people, n_days=365):
    """Exact probability that at least two of `n_people` share a birthday."""
    if n_people < 0:
        raise ValueError(f"n_people must be non-negative, got {n_people}")
    if n_people > n_days:
        return 1.0
    p_distinct = 1.0
    for k in range(n_people):
        p_distinct *= (n_days - k) / n_days
    return float(1.0 - p_distinct)


def birthday_collision_prob(n_people, n_trials, rng, n_days=365):
    """Monte Carlo estimate of the probability of a shared birthday."""
    if n_people < 0:
        raise ValueError(f"n_people must be non-negative, got {n_people}")
    if n_trials < 1:
        raise ValueError(f"n_trials must be at least 1, got {n_trials}")
    days = np.sort(rng.integers(0, n_days, size=(n_people, n_trials)), axis=0)
    shared = (np.diff(days, axis=0) == 0).any(axis=0)
    return float(shared.mean())
