# Mutant: calls scipy.special.expit instead of implementing the sigmoid.
from scipy.special import expit


def sigmoid(z):
    """Numerically stable logistic sigmoid, elementwise."""
    return expit(np.asarray(z, dtype=float))
