# Mutant: perturbs x in place (np.asarray does not copy a float array) and never restores it.
def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: R^n -> R at x."""
    x = np.asarray(x, dtype=float)
    grad = np.zeros(x.size)
    for i in range(x.size):
        x[i] += h
        f_plus = f(x)
        x[i] -= 2 * h
        f_minus = f(x)
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
