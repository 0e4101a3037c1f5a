# Mutant: allocates the result as (n, n), which is only right for square matrices
def matmul(A, B):
    """Matrix product A B computed from its definition."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[0]:
        raise ValueError("incompatible shapes")
    n = A.shape[0]
    C = np.zeros((n, n))
    for i in range(n):
        for j in range(B.shape[1]):
            C[i, j] = np.sum(A[i, :] * B[:, j])
    return C
