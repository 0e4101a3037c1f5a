# Mutant: checks rate <= 0 only, so rate = nan or inf goes through
def sample_exponential(rate, n, rng):
    """Exponential(rate) samples by inverse transform sampling.

    Parameters
    ----------
    rate : float
        Rate lambda > 0 (the mean is 1 / rate).
    n : int
        Number of samples.
    rng : numpy.random.Generator
        Source of the uniform random numbers.

    Returns
    -------
    numpy.ndarray of float, shape (n,)

    Raises
    ------
    ValueError
        If ``rate`` is not a finite number greater than 0.
    """
    if rate <= 0:
        raise ValueError(f"rate must be > 0, got {rate}")
    u = rng.random(n)
    return -np.log1p(-u) / rate
