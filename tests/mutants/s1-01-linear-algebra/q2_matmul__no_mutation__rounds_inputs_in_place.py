# Mutant: rounds the inputs in place (np.round(..., out=A)) to "clean" floating noise, modifying the caller's arrays
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
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[0]:
        raise ValueError("incompatible shapes")
    np.round(A, 12, out=A)
    np.round(B, 12, out=B)
    n, m = A.shape[0], B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            C[i, j] = np.sum(A[i, :] * B[:, j])
    return C
