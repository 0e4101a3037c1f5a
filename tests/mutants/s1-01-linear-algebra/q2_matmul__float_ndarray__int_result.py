# Mutant: builds the rows with Python sums and np.array, so integer inputs give an integer array
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
        raise ValueError("incompatible shapes")
    n, k = A.shape
    m = B.shape[1]
    return np.array([[sum(A[i, l] * B[l, j] for l in range(k)) for j in range(m)]
                     for i in range(n)])
