# Mutant: returns the coordinates x_hat (shape (k,)) instead of the projection A x_hat (shape (n,))
def project_onto_columns(A, b):
    """Orthogonal projection of b onto the column space of A."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2 or b.ndim != 1 or A.shape[0] != b.shape[0]:
        raise ValueError("A must be (n, k) and b (n,)")
    return np.linalg.solve(A.T @ A, A.T @ b)
