# Alternative: a scalar Bayes function applied with np.vectorize(otypes=[float]) (returns a 0-d array for scalars); range check with np.isnan
def posterior_positive(prior, sensitivity, specificity):
    """P(disease | positive test) by Bayes' rule, vectorised with broadcasting.

    Parameters
    ----------
    prior, sensitivity, specificity : float or array_like
        P(D), P(+ | D) and P(- | not D); values in [0, 1]; shapes broadcast together.

    Returns
    -------
    numpy.ndarray of float (broadcast shape) or float

    Raises
    ------
    ValueError
        If any value lies outside [0, 1] or is NaN.
    """
    values = [np.asarray(a, dtype=float) for a in (prior, sensitivity, specificity)]
    for v in values:
        if np.any(np.isnan(v)) or np.any(v < 0) or np.any(v > 1):
            raise ValueError("every value must lie in [0, 1]")

    def bayes(p, sens, spec):
        positive = sens * p + (1.0 - spec) * (1.0 - p)
        return sens * p / positive

    return np.vectorize(bayes, otypes=[float])(*values)
