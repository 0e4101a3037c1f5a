# Mutant: copies x without converting to float, so for an integer x the step h is rounded to 0.
def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: R^n -> R at x."""
    x = np.array(x)
    grad = np.zeros(x.size)
    for i in range(x.size):
        step = np.zeros_like(x)
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
