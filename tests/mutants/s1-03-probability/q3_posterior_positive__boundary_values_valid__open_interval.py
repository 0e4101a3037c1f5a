# Mutant: rejects 0 and 1 themselves (checks 0 < value < 1), although [0, 1] is a closed interval
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
    prior = np.asarray(prior, dtype=float)
    sensitivity = np.asarray(sensitivity, dtype=float)
    specificity = np.asarray(specificity, dtype=float)
    for value in (prior, sensitivity, specificity):
        if not np.all((value > 0) & (value < 1)):
            raise ValueError("probabilities must lie in (0, 1)")
    true_positive = sensitivity * prior
    return true_positive / (true_positive + (1 - specificity) * (1 - prior))
