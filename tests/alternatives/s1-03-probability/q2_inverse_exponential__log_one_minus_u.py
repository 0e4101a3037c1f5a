# Alternative: the formula as written, -np.log(1.0 - u) / rate (no log1p), and the rate check with math.isfinite
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
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError("rate must be a positive finite number")
    u = rng.random(n)
    return -np.log(1.0 - u) / rate
