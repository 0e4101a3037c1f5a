# Mutant: uses scipy.stats.logistic.cdf, a library sigmoid under another name.
import scipy.stats


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
    return scipy.stats.logistic.cdf(np.asarray(z, dtype=float))
