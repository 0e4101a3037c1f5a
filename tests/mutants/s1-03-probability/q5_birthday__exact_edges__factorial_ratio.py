# Mutant: birthday_exact computes m!/(m-n)! with math.factorial, which fails (ValueError) for n_people > n_days
def birthday_exact(n_people, n_days=365):
    """Exact probability that at least two of `n_people` share a birthday."""
    if n_people < 0:
        raise ValueError(f"n_people must be non-negative, got {n_people}")
    distinct = math.factorial(n_days) // math.factorial(n_days - n_people)
    return float(1.0 - distinct / n_days ** n_people)


def birthday_collision_prob(n_people, n_trials, rng, n_days=365):
    """Monte Carlo estimate of the probability of a shared birthday."""
    if n_people < 0:
        raise ValueError(f"n_people must be non-negative, got {n_people}")
    if n_trials < 1:
        raise ValueError(f"n_trials must be at least 1, got {n_trials}")
    days = np.sort(rng.integers(0, n_days, size=(n_trials, n_people)), axis=1)
    shared = (np.diff(days, axis=1) == 0).any(axis=1)
    return float(shared.mean())
