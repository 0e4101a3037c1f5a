# Alternative: sums sigma_i u_i v_i^T with np.outer in a loop; k validated with operator.index.
import operator


def low_rank_approx(A, k):
    """Best rank-k approximation of A in the Frobenius norm, by truncated SVD."""
    A = np.array(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if isinstance(k, (bool, np.bool_)):
        raise ValueError("k must be an integer")
    try:
        k = operator.index(k)
    except TypeError:
        raise ValueError("k must be an integer") from None
    if k < 1 or k > min(A.shape):
        raise ValueError("k out of range")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    result = np.zeros_like(A)
    for i in range(k):
        result += s[i] * np.outer(U[:, i], Vt[i])
    return result
