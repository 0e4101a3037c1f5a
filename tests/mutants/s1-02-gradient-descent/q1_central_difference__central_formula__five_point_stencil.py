# Mutant: uses the fourth-order five-point stencil instead of the stated central difference
def central_difference(f, x, h=1e-5):
    """Central finite-difference approximation of f'(x).

    Parameters
    ----------
    f : callable
        Scalar function of one real variable.
    x : float
        Point at which to differentiate.
    h : float, default 1e-5
        Step size (positive).

    Returns
    -------
    float
        (f(x + h) - f(x - h)) / (2 h).
    """
    return (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h)
