# Mutant: fills np.empty_like(z), which keeps an integer input's dtype, so integer logits give 0/1 ints.
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
    z = np.asarray(z)
    out = np.empty_like(z)
    pos = z >= 0
    e = np.exp(-np.abs(z))
    out[pos] = 1.0 / (1.0 + e[pos])
    out[~pos] = e[~pos] / (1.0 + e[~pos])
    return out
