# Alternative: exact value from math.perm in exact integer arithmetic; the simulation finds repeats with one np.bincount over (row, day) codes instead of sorting
def birthday_exact(n_people, n_days=365):
    """Exact probability that at least two of `n_people` share a birthday."""
    if n_people < 0:
        raise ValueError("n_people must be >= 0")
    if n_people > n_days:
        return 1.0
    return float(1 - math.perm(n_days, n_people) / n_days ** n_people)


def birthday_collision_prob(n_people, n_trials, rng, n_days=365):
    """Monte Carlo estimate of the probability of a shared birthday."""
    if n_people < 0 or n_trials < 1:
        raise ValueError("need n_people >= 0 and n_trials >= 1")
    days = rng.integers(0, n_days, size=(n_trials, n_people))
    codes = days + n_days * np.arange(n_trials)[:, None]
    counts = np.bincount(codes.ravel(), minlength=n_trials * n_days).reshape(n_trials, n_days)
    return float(np.mean(counts.max(axis=1, initial=0) > 1))
