# Alternative: draws faces 0..5 with rng.integers(0, 6, ...) (the same stream), adds n_dice, sums with np.add.reduce
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
    if n_dice < 1 or n_samples < 0:
        raise ValueError("need n_dice >= 1 and n_samples >= 0")
    faces = rng.integers(0, 6, size=(n_samples, n_dice))
    return np.add.reduce(faces, axis=1) + n_dice
