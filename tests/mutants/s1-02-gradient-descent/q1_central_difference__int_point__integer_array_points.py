# Mutant: keeps the two points in np.full(2, x), an integer array when x is an int, so x +/- h is truncated back to x
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
    points = np.full(2, x)
    points[0] = x + h
    points[1] = x - h
    return float((f(points[0]) - f(points[1])) / (2 * h))
