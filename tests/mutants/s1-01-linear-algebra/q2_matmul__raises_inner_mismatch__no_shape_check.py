# Mutant: triple loop over A's columns without checking that the inner dimensions agree
def matmul(A, B):
    """Matrix product A B computed from its definition."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            total = 0.0
            for l in range(k):
                total += A[i, l] * B[l, j]
            C[i, j] = total
    return C
