# Alternative: perturbs one float copy in place and restores each coordinate (the CS231n loop)
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
    grad = np.zeros(x.shape)
    for i in range(x.size):
        old = x[i]
        x[i] = old + h
        f_plus = f(x)
        x[i] = old - h
        f_minus = f(x)
        x[i] = old
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
