# Mutant: compares the sizes instead of the shapes, so a (n, 1) gradient passes the check and broadcasts
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
    if g_a.size != x.size:
        raise ValueError("grad_f(x) has the wrong number of entries")
    g_n = numerical_gradient(f, x)
    denom = max(np.linalg.norm(g_a) + np.linalg.norm(g_n), 1e-12)
    return float(np.linalg.norm(g_a - g_n) / denom)
