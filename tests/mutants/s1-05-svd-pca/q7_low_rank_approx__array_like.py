# Mutant: reads A.ndim before converting, so nested lists crash
def low_rank_approx(A, k):
    """Best rank-k approximation of A in the Frobenius norm, by truncated SVD.

    Parameters
    ----------
    A : array_like, shape (m, n)
    k : int, 1 <= k <= min(m, n)

    Returns
    -------
    A_k : ndarray, shape (m, n), float
        U[:, :k] @ diag(s[:k]) @ Vt[:k], where A = U @ diag(s) @ Vt.

    Raises
    ------
    ValueError
        If A is not 2-D or k is not an integer in [1, min(m, n)].
    """
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= min(A.shape):
        raise ValueError("bad k")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]
