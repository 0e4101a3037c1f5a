# Mutant: validates with Python `if` comparisons that only work for scalars, so arrays crash
def posterior_positive(prior, sensitivity, specificity):
    """P(disease | positive test) by Bayes' rule, vectorised with broadcasting."""
    for value in (prior, sensitivity, specificity):
        if value < 0 or value > 1:
            raise ValueError("probabilities must lie in [0, 1]")
    prior = np.asarray(prior, dtype=float)
    sensitivity = np.asarray(sensitivity, dtype=float)
    specificity = np.asarray(specificity, dtype=float)
    true_positive = sensitivity * prior
    return true_positive / (true_positive + (1 - specificity) * (1 - prior))
