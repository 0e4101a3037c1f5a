# Mutant: transforms the uniforms in a list comprehension and returns the list
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
    return [-math.log(1.0 - u) / rate for u in rng.random(n)]
