# Alternative: draws the uniforms with rng.uniform(0.0, 1.0, size=n) (the same stream as rng.random) and divides by rate via multiplication by 1 / rate
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
    rate = float(rate)
    if np.isnan(rate) or np.isinf(rate) or rate <= 0:
        raise ValueError(f"invalid rate {rate}")
    u = rng.uniform(0.0, 1.0, size=n)
    return -np.log1p(-u) * (1.0 / rate)
