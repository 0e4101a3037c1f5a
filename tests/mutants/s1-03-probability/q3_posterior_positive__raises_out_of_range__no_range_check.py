# Mutant: never checks that the inputs are probabilities
def posterior_positive(prior, sensitivity, specificity):
    """P(disease | positive test) by Bayes' rule, vectorised with broadcasting."""
    prior = np.asarray(prior, dtype=float)
    sensitivity = np.asarray(sensitivity, dtype=float)
    specificity = np.asarray(specificity, dtype=float)
    true_positive = sensitivity * prior
    return true_positive / (true_positive + (1 - specificity) * (1 - prior))
