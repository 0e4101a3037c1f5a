# Mutant: 0.5 * (1 + tanh(z / 2)) never overflows but rounds tiny probabilities such as sigma(-40) to 0.
def sigmoid(z):
    """Numerically stable logistic sigmoid, elementwise."""
    z = np.asarray(z, dtype=float)
    return 0.5 * (1.0 + np.tanh(0.5 * z))
