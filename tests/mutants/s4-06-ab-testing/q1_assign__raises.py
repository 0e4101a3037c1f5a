# Mutant: does not validate the weights (negative or all-zero weights pass silently).
def assign(user_id, salt, weights):
    """Deterministic, sticky arm assignment by hashing.

    Parameters
    ----------
    user_id : str or int
    salt : str
        The experiment's salt.
    weights : sequence of float, length k >= 1
        Non-negative, with a positive sum; arm i gets the share weights[i] / sum(weights).

    Returns
    -------
    int
        The arm index in 0 .. k-1.

    Raises
    ------
    ValueError
        If weights is empty, has a negative entry, or sums to 0.
    """
    w = np.array(weights, dtype=float)
    if w.ndim != 1 or w.size == 0:
        raise ValueError(f"weights must be a non-empty 1-D sequence, got shape {w.shape}")
    total = w.sum()
    digest = hashlib.sha256(f"{salt}:{user_id}".encode("utf-8")).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    cumulative = np.cumsum(w) / total
    for arm, c in enumerate(cumulative):
        if u < c:
            return arm
    return len(w) - 1  # u == 1.0 after rounding: the last live arm
