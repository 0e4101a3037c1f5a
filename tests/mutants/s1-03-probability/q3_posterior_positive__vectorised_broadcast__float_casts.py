# Mutant: converts each argument with float(...), which works for scalars but not for arrays or lists
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
    prior, sensitivity, specificity = float(prior), float(sensitivity), float(specificity)
    for value in (prior, sensitivity, specificity):
        if not 0.0 <= value <= 1.0:
            raise ValueError("probabilities must lie in [0, 1]")
    true_positive = sensitivity * prior
    return true_positive / (true_positive + (1 - specificity) * (1 - prior))
