# Mutant: sums over the rolls (axis 0) instead of over the dice of each roll
def sample_dice_sums(n_dice, n_samples, rng):
    """Sum of `n_dice` fair six-sided dice, rolled `n_samples` times."""
    if n_dice < 1:
        raise ValueError(f"n_dice must be at least 1, got {n_dice}")
    if n_samples < 0:
        raise ValueError(f"n_samples must be non-negative, got {n_samples}")
    faces = rng.integers(1, 7, size=(n_samples, n_dice))
    return faces.sum(axis=0)
