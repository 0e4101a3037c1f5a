# Mutant: measures "within tol" with the largest coordinate difference (np.allclose) instead of the Euclidean norm
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
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    v = np.random.default_rng(seed).standard_normal(A.shape[0])
    v = v / np.linalg.norm(v)
    for _ in range(num_iters):
        w = A @ v
        v_new = w / np.linalg.norm(w)
        done = np.allclose(v_new, v, rtol=0, atol=tol) or np.allclose(v_new, -v, rtol=0, atol=tol)
        v = v_new
        if done:
            break
    return float(v @ A @ v), v
