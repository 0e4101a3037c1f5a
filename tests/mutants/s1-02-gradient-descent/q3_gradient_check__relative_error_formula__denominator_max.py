# Mutant: divides by max(||g_a||, ||g_n||) instead of ||g_a|| + ||g_n||.
def gradient_check(f, grad_f, x):
    """Relative error between grad_f(x) and the central-difference gradient of f at x."""
    x = np.array(x, dtype=float)
    g_a = np.asarray(grad_f(x), dtype=float)
    if g_a.shape != x.shape:
        raise ValueError("grad_f(x) has the wrong shape")
    g_n = numerical_gradient(f, x)
    denom = max(np.linalg.norm(g_a), np.linalg.norm(g_n), 1e-12)
    return float(np.linalg.norm(g_a - g_n) / denom)
