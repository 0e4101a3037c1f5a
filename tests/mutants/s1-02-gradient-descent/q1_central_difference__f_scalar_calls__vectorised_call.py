# Mutant: calls f once on the array [x + h, x - h], which breaks for an f that only accepts one number
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
    values = f(np.array([x + h, x - h]))
    return float((values[0] - values[1]) / (2 * h))
