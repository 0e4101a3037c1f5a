# Mutant: clips the logits to [-709, 709] so the textbook formula cannot overflow; tails such as sigma(-720) and sigma(-1000) come out wrong.
def sigmoid(z):
    """Numerically stable logistic sigmoid, elementwise.

    Parameters
    ----------
    z : float or array_like
        Logits, any shape; not modified.

    Returns
    -------
    ndarray of float, same shape as z
        1 / (1 + exp(-z)), computed without overflow.
    """
    z = np.clip(np.asarray(z, dtype=float), -709.0, 709.0)
    return 1.0 / (1.0 + np.exp(-z))
