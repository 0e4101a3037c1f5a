# Mutant: ignores the h argument and always uses a fixed step of 1e-5.
def central_difference(f, x, h=1e-5):
    """Central finite-difference approximation of f'(x)."""
    step = 1e-5
    return (f(x + step) - f(x - step)) / (2 * step)
