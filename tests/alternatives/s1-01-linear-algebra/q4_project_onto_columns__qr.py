# Alternative: orthonormal basis of col(A) from np.linalg.qr, then p = Q (Q^T b)
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
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if b.ndim != 1:
        raise ValueError("b must be 1-D")
    if A.shape[0] != b.shape[0]:
        raise ValueError("A and b must have the same number of rows")
    Q, _ = np.linalg.qr(A)
    return Q @ (Q.T @ b)
