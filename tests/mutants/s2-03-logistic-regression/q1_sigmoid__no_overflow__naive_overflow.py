# Mutant: the textbook formula 1 / (1 + exp(-z)) overflows in exp for very negative z.
def sigmoid(z):
    """Numerically stable logistic sigmoid, elementwise."""
    z = np.asarray(z, dtype=float)
    return 1.0 / (1.0 + np.exp(-z))
