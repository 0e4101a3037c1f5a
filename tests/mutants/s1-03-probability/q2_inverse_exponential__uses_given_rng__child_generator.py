# Mutant: seeds a new generator from rng and draws the uniforms from that one
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
    if not (np.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a finite number > 0, got {rate}")
    child = np.random.default_rng(int(rng.integers(2 ** 32)))
    return -np.log1p(-child.random(n)) / rate
