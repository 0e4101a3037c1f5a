# Mutant: ignores the h argument and always steps by 1e-5
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
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    step_size = 1e-5
    for i in range(x.size):
        step = np.zeros_like(x)
        step[i] = step_size
        grad[i] = (f(x + step) - f(x - step)) / (2.0 * step_size)
    return grad
