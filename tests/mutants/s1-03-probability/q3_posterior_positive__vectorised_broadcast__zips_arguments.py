# Mutant: loops over zip(prior, sensitivity, specificity) after np.atleast_1d, which pairs entries instead of broadcasting (and truncates to the shortest)
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
    prior = np.atleast_1d(np.asarray(prior, dtype=float))
    sensitivity = np.atleast_1d(np.asarray(sensitivity, dtype=float))
    specificity = np.atleast_1d(np.asarray(specificity, dtype=float))
    for value in (prior, sensitivity, specificity):
        if not np.all((value >= 0) & (value <= 1)):
            raise ValueError("probabilities must lie in [0, 1]")
    if prior.size == sensitivity.size == specificity.size == 1:
        p, s, c = prior.item(), sensitivity.item(), specificity.item()
        return s * p / (s * p + (1 - c) * (1 - p))
    n = max(prior.size, sensitivity.size, specificity.size)
    prior, sensitivity, specificity = (np.resize(a.ravel(), n) for a in (prior, sensitivity, specificity))
    return np.array([s * p / (s * p + (1 - c) * (1 - p))
                     for p, s, c in zip(prior, sensitivity, specificity)])
