# Mutant: checks the shapes, then uses the forbidden @ operator instead of the definition
def matmul(A, B):
    """Matrix product A B computed from its definition."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[0]:
        raise ValueError("incompatible shapes")
    return A @ B
