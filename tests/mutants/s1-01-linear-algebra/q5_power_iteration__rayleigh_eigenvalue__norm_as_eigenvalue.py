# Mutant: returns ||A v|| as the eigenvalue, which loses the sign of a negative dominant eigenvalue
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    """Dominant eigenpair of a symmetric matrix by power iteration."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    v = np.random.default_rng(seed).standard_normal(A.shape[0])
    v = v / np.linalg.norm(v)
    for _ in range(num_iters):
        w = A @ v
        v_new = w / np.linalg.norm(w)
        done = min(np.linalg.norm(v_new - v), np.linalg.norm(v_new + v)) < tol
        v = v_new
        if done:
            break
    return float(np.linalg.norm(A @ v)), v
