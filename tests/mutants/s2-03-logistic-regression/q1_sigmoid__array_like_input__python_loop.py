# Mutant: a Python loop over the entries of z that handles scalars and 1-D input only (a 2-D array breaks it).
import math


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
    def one(v):
        e = math.exp(-abs(v))
        return 1.0 / (1.0 + e) if v >= 0 else e / (1.0 + e)

    if np.ndim(z) == 0:
        return float(one(float(z)))
    return np.array([one(float(v)) if np.ndim(v) == 0 else one(v) for v in z])
