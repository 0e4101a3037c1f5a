# Mutant: takes the steps as slices h * I[i:i+1] of the identity, so f receives (1, n) rows instead of (n,) vectors
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
    steps = h * np.eye(x.size)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e = steps[i:i + 1]
        grad[i] = np.squeeze((f(x + e) - f(x - e)) / (2.0 * h))
    return grad
