# Mutant: does not check the shape of grad_f(x), so a (n, 1) gradient broadcasts silently.
def gradient_check(f, grad_f, x):
    """Relative error between grad_f(x) and the central-difference gradient of f at x."""
    x = np.array(x, dtype=float)
    g_a = np.asarray(grad_f(x), dtype=float)
    g_n = numerical_gradient(f, x)
    denom = max(np.linalg.norm(g_a) + np.linalg.norm(g_n), 1e-12)
    return float(np.linalg.norm(g_a - g_n) / denom)
