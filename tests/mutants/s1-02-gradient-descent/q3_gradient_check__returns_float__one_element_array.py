# Mutant: takes the norms with keepdims=True, so the result is a 1-element array instead of a float
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
    x = np.array(x, dtype=float)
    g_a = np.asarray(grad_f(x.copy()), dtype=float)
    if g_a.shape != x.shape:
        raise ValueError("grad_f(x) has the wrong shape")
    g_n = numerical_gradient(f, x)
    num = np.linalg.norm(g_a - g_n, keepdims=True)
    denom = np.maximum(np.linalg.norm(g_a, keepdims=True) + np.linalg.norm(g_n, keepdims=True), 1e-12)
    return num / denom
