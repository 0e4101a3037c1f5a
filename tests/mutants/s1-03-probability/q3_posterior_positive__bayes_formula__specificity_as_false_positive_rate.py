# Mutant: uses specificity instead of (1 - specificity) for the false-positive rate
def posterior_positive(prior, sensitivity, specificity):
    """P(disease | positive test) by Bayes' rule, vectorised with broadcasting."""
    prior = np.asarray(prior, dtype=float)
    sensitivity = np.asarray(sensitivity, dtype=float)
    specificity = np.asarray(specificity, dtype=float)
    for name, value in (("prior", prior), ("sensitivity", sensitivity),
                        ("specificity", specificity)):
        if not np.all((value >= 0) & (value <= 1)):
            raise ValueError(f"{name} must lie in [0, 1]")
    true_positive = sensitivity * prior
    false_positive = specificity * (1 - prior)
    return true_positive / (true_positive + false_positive)
