# Mutant: takes |z| in place, overwriting the caller's float array.
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
    negative = z < 0
    np.abs(z, out=z)
    e = np.exp(-z)
    return np.where(negative, e / (1.0 + e), 1.0 / (1.0 + e))
