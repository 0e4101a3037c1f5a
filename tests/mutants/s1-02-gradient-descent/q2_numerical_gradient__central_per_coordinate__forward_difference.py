# Mutant: forward differences along each coordinate (first-order accurate only).
def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: R^n -> R at x."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    fx = f(x)
    for i in range(x.size):
        step = np.zeros_like(x)
        step[i] = h
        grad[i] = (f(x + step) - fx) / h
    return grad
