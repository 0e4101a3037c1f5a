# Alternative: draws roll by roll (one rng.integers(1, 7, size=n_dice) per roll: the same stream here) into an int64 array
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
    if n_dice < 1:
        raise ValueError("n_dice must be >= 1")
    if n_samples < 0:
        raise ValueError("n_samples must be >= 0")
    sums = np.empty(n_samples, dtype=np.int64)
    for i in range(n_samples):
        sums[i] = rng.integers(1, 7, size=n_dice).sum()
    return sums
