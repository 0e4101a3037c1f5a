# Alternative: 0.5 * (f(x + h) - f(x - h)) / h, converted with float()
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
    forward = f(x + h)
    backward = f(x - h)
    return float(0.5 * (forward - backward) / h)
