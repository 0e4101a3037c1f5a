# Mutant: converts with x.astype(float), which only works when x is already an ndarray
def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: R^n -> R at x.

    Parameters
    ----------
    f : callable
        Takes a float array of shape (n,) and returns a float.
    x : array_like, shape (n,)
        Point; not modified.
    h : float, default 1e-5
        Step size (positive).

    Returns
    -------
    ndarray of float, shape (n,)
    """
    x = x.astype(float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        step = np.zeros_like(x)
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / (2.0 * h)
    return grad
