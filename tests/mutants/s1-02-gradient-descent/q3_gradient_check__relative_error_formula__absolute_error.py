# Mutant: returns the absolute error ||g_a - g_n|| without normalising.
def gradient_check(f, grad_f, x):
    """Relative error between grad_f(x) and the central-difference gradient of f at x."""
    x = np.array(x, dtype=float)
    g_a = np.asarray(grad_f(x), dtype=float)
    if g_a.shape != x.shape:
        raise ValueError("grad_f(x) has the wrong shape")
    g_n = numerical_gradient(f, x)
    return float(np.linalg.norm(g_a - g_n))
