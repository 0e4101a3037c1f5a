# Alternative: fills a new float array through boolean masks (exp only of non-positive numbers) and returns a Python float for a scalar.
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
    scalar = np.ndim(z) == 0
    z = np.array(z, dtype=np.float64)
    out = np.empty(z.shape, dtype=np.float64)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return float(out) if scalar else out
