# Mutant: never validates n_dice / n_samples, so n_dice=0 silently returns zeros
def sample_dice_sums(n_dice, n_samples, rng):
    """Sum of `n_dice` fair six-sided dice, rolled `n_samples` times."""
    faces = rng.integers(1, 7, size=(n_samples, n_dice))
    return faces.sum(axis=1)
