# Mutant: a Python loop with math.exp that answers 0.0 when Python's exp overflows (a hidden overflow): sigma(-720) comes out 0.
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
        try:
            return 1.0 / (1.0 + math.exp(-v))
        except OverflowError:
            return 0.0

    z = np.asarray(z, dtype=float)
    return np.array([one(float(v)) for v in z.ravel()], dtype=float).reshape(z.shape)
