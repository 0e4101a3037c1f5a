# Mutant: the textbook 1 / (1 + exp(-z)) with its overflow silenced by np.errstate: sigma(-720) comes out 0.
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
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))
