# Alternative: a while loop with a counter, np.dot and a norm from np.sqrt(w @ w); the stop test compares squared distances with tol**2
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    """Dominant eigenpair of a symmetric matrix by power iteration.

    Parameters
    ----------
    A : array-like of shape (n, n), symmetric
    num_iters : int, maximum number of iterations
    tol : float, stop when the new vector is within tol of the old one or of its negative
    seed : int, seed of np.random.default_rng for the start vector

    Returns
    -------
    eigenvalue : float
        The Rayleigh quotient v^T A v (the eigenvalue of largest absolute value).
    v : ndarray of shape (n,), float, unit norm
        The corresponding eigenvector (its sign is arbitrary).

    Raises
    ------
    ValueError
        If A is not a square 2-D array.
    """
    A = np.array(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("power_iteration needs a square matrix")
    rng = np.random.default_rng(seed)
    v = rng.standard_normal(len(A))
    v /= np.sqrt(np.dot(v, v))
    steps = 0
    while steps < num_iters:
        w = np.dot(A, v)
        v_new = w / np.sqrt(np.dot(w, w))
        d_minus, d_plus = v_new - v, v_new + v
        converged = np.dot(d_minus, d_minus) < tol ** 2 or np.dot(d_plus, d_plus) < tol ** 2
        v = v_new
        steps += 1
        if converged:
            break
    eigenvalue = np.dot(v, np.dot(A, v))
    return float(eigenvalue), v
