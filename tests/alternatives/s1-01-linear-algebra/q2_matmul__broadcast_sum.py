# Alternative: no loop at all: broadcasts A[:, :, None] * B[None, :, :] and sums over the inner axis
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
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError("A and B must be 2-D")
    if A.shape[1] != B.shape[0]:
        raise ValueError("inner dimensions differ")
    return (A[:, :, np.newaxis] * B[np.newaxis, :, :]).sum(axis=1)
