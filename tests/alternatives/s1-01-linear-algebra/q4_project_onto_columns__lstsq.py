# Alternative: coordinates from np.linalg.lstsq (allowed in this exercise), then A @ x_hat
def project_onto_columns(A, b):
    """Orthogonal projection of b onto the column space of A.

    Parameters
    ----------
    A : array-like of shape (n, k), linearly independent columns
    b : array-like of shape (n,)

    Returns
    -------
    p : ndarray of shape (n,), float
        The vector of col(A) closest to b; A^T (b - p) = 0.

    Raises
    ------
    ValueError
        If A is not 2-D, b is not 1-D, or A.shape[0] != b.shape[0].
    """
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    if A.ndim != 2 or b.ndim != 1 or len(A) != len(b):
        raise ValueError("A must be (n, k) and b (n,)")
    x_hat = np.linalg.lstsq(A, b, rcond=None)[0]
    return A @ x_hat
