# Mutant: calls the forbidden np.linalg.eigh instead of iterating
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    """Dominant eigenpair of a symmetric matrix by power iteration."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    values, vectors = np.linalg.eigh(A)
    i = int(np.argmax(np.abs(values)))
    return float(values[i]), vectors[:, i]
