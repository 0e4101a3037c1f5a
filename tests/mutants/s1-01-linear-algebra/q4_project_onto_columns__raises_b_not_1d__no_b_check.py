# Mutant: checks A and the row counts but not that b is 1-D, so a column b returns an (n, 1) result
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
    if A.ndim != 2 or A.shape[0] != b.shape[0]:
        raise ValueError("A must be 2-D with one row per entry of b")
    return A @ np.linalg.solve(A.T @ A, A.T @ b)
