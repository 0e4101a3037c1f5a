# Alternative: converts to nested Python lists and accumulates each entry in a triple loop with float arithmetic
def matmul(A, B):
    """Matrix product A B computed from its definition.

    Parameters
    ----------
    A : array-like of shape (n, k)
    B : array-like of shape (k, m)

    Returns
    -------
    C : ndarray of shape (n, m), float
        C[i, j] = sum over l of A[i, l] * B[l, j].

    Raises
    ------
    ValueError
        If A or B is not 2-D, or if A.shape[1] != B.shape[0].
    """
    A = np.asarray(A)
    B = np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[0]:
        raise ValueError(f"cannot multiply shapes {A.shape} and {B.shape}")
    a, b = A.tolist(), B.tolist()
    n, k, m = len(a), len(b), B.shape[1]
    rows = []
    for i in range(n):
        row = []
        for j in range(m):
            total = 0.0
            for l in range(k):
                total += a[i][l] * b[l][j]
            row.append(total)
        rows.append(row)
    return np.array(rows, dtype=float).reshape(n, m)
