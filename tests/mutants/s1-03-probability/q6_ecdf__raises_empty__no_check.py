# Mutant: never checks for empty samples (0 / 0 gives nan and a warning instead of an error)
def ecdf(samples, x):
    """Empirical CDF of `samples` evaluated at `x`.

    Parameters
    ----------
    samples : array_like, shape (n,)
        At least one sample.
    x : float or array_like
        Points where the ECDF is evaluated.

    Returns
    -------
    numpy.ndarray of float, shape np.shape(x)

    Raises
    ------
    ValueError
        If `samples` is empty.
    """
    sorted_samples = np.sort(np.asarray(samples, dtype=float).ravel())
    x = np.asarray(x, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.searchsorted(sorted_samples, x, side="right") / sorted_samples.size
