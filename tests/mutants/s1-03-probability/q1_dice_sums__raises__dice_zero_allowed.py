# Mutant: rejects a negative n_dice but accepts n_dice = 0 (every sum is 0)
def sample_dice_sums(n_dice, n_samples, rng):
    """Sum of `n_dice` fair six-sided dice, rolled `n_samples` times.

    Parameters
    ----------
    n_dice : int
        Number of dice per roll, at least 1.
    n_samples : int
        Number of rolls, at least 0.
    rng : numpy.random.Generator
        Source of all randomness.

    Returns
    -------
    numpy.ndarray of int, shape (n_samples,)

    Raises
    ------
    ValueError
        If ``n_dice < 1`` or ``n_samples < 0``.
    """
    if n_dice < 0:
        raise ValueError(f"n_dice must not be negative, got {n_dice}")
    if n_samples < 0:
        raise ValueError(f"n_samples must be non-negative, got {n_samples}")
    faces = rng.integers(1, 7, size=(n_samples, n_dice))
    return faces.sum(axis=1)
