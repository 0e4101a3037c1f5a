# Alternative: divides by the representable distance (x + h) - (x - h) instead of 2h (a classic trick; equal up to rounding)
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
    x_plus = float(x) + h
    x_minus = float(x) - h
    return (f(x_plus) - f(x_minus)) / (x_plus - x_minus)
