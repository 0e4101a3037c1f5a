# Mutant: a scalar shortcut that saturates to the ints 1 and 0 for huge logits (right value, wrong type).
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
    if np.ndim(z) == 0:
        if z > 40:
            return 1
        if z < -750:
            return 0
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
