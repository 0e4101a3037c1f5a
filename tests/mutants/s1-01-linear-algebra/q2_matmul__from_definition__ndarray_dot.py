# Mutant: loops over entries but computes each one with the forbidden ndarray.dot method
def matmul(A, B):
    """Matrix product A B computed from its definition."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[0]:
        raise ValueError("incompatible shapes")
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            C[i, j] = A[i, :].dot(B[:, j])
    return C
