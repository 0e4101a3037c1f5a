# Mutant: checks b and the row counts but not that A is 2-D, so a 3-D A is projected as a stack
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
    if b.ndim != 1 or A.shape[0] != b.shape[0]:
        raise ValueError("b must be 1-D with one entry per row of A")
    return A @ np.linalg.solve(A.T @ A, A.T @ b)
