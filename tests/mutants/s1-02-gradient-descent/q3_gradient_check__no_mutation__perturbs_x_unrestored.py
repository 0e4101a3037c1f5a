# Mutant: builds the numerical gradient by perturbing x itself (no copy) and forgets to put each coordinate back
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
    x = np.asarray(x, dtype=float)
    g_a = np.asarray(grad_f(x.copy()), dtype=float)
    if g_a.shape != x.shape:
        raise ValueError("grad_f(x) has the wrong shape")
    g_n = np.zeros_like(x)
    for i in range(x.size):
        x[i] += 1e-5
        f_plus = f(x)
        x[i] -= 2e-5
        f_minus = f(x)
        g_n[i] = (f_plus - f_minus) / 2e-5
    denom = max(np.linalg.norm(g_a) + np.linalg.norm(g_n), 1e-12)
    return float(np.linalg.norm(g_a - g_n) / denom)
