# Mutant: forward difference (f(x+h) - f(x)) / h, only first-order accurate.
def central_difference(f, x, h=1e-5):
    """Central finite-difference approximation of f'(x)."""
    return (f(x + h) - f(x)) / h
