# Alternative: one call of Exercise 1's central_difference per coordinate, along the line x + t e_i
def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f: R^n -> R at x.

    Parameters
    ----------
    f : callable
        Takes a float array of shape (n,) and returns a float.
    x : array_like, shape (n,)
        Point; not modified.
    h : float, default 1e-5
        Step size (positive).

    Returns
    -------
    ndarray of float, shape (n,)
    """
    x = np.asarray(x, dtype=float)
    def along(i):
        def g(t):
            point = x.copy()
            point[i] = t
            return f(point)
        return g
    return np.array([central_difference(along(i), x[i], h) for i in range(x.size)], dtype=float)
