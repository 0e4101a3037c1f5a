# Alternative: np.broadcast_arrays first, one combined range check on the stacked values, then the joint-probability form
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
    p, sens, spec = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (prior, sensitivity, specificity)))
    allvalues = np.stack([p, sens, spec])
    if not ((allvalues >= 0.0) & (allvalues <= 1.0)).all():
        raise ValueError("prior, sensitivity and specificity must be probabilities in [0, 1]")
    diseased_and_positive = p * sens
    healthy_and_positive = (1.0 - p) * (1.0 - spec)
    return diseased_and_positive / (diseased_and_positive + healthy_and_positive)
