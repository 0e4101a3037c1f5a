# Mutant: returns the residual b - p (the part orthogonal to col(A)) instead of the projection p
def project_onto_columns(A, b):
    """Orthogonal projection of b onto the column space of A."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2 or b.ndim != 1 or A.shape[0] != b.shape[0]:
        raise ValueError("A must be (n, k) and b (n,)")
    x_hat = np.linalg.solve(A.T @ A, A.T @ b)
    return b - A @ x_hat
