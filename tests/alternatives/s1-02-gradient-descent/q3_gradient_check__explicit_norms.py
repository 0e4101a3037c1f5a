# Alternative: norms written as np.sqrt(np.sum(d ** 2)), the guard with np.maximum, the default h passed explicitly
def gradient_check(f, grad_f, x):
    """Relative error between grad_f(x) and the central-difference gradient of f at x.

    Parameters
    ----------
    f : callable
        Takes a float array of shape (n,) and returns a float.
    grad_f : callable
        Takes a float array of shape (n,) and returns its analytic gradient, shape (n,).
    x : array_like, shape (n,)
        Point; not modified.

    Returns
    -------
    float
        ||g_a - g_n|| / max(||g_a|| + ||g_n||, 1e-12).

    Raises
    ------
    ValueError
        If grad_f(x) does not have the shape of x.
    """
    x = np.asarray(x, dtype=float).copy()
    g_n = numerical_gradient(f, x.copy(), h=1e-5)
    g_a = np.array(grad_f(x.copy()), dtype=float)
    if np.shape(g_a) != np.shape(x):
        raise ValueError(f"analytic gradient has shape {np.shape(g_a)}, expected {np.shape(x)}")
    diff = np.sqrt(np.sum((g_a - g_n) ** 2))
    size = np.sqrt(np.sum(g_a ** 2)) + np.sqrt(np.sum(g_n ** 2))
    return float(diff / np.maximum(size, 1e-12))
