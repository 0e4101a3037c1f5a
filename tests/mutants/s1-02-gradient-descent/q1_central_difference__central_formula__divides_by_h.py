# Mutant: divides by h instead of 2h, so the derivative is doubled.
def central_difference(f, x, h=1e-5):
    """Central finite-difference approximation of f'(x)."""
    return (f(x + h) - f(x - h)) / h
