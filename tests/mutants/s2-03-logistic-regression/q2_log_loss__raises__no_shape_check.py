# Mutant: only checks the number of elements, so (n,) against (n, 1) broadcasts to (n, n).
def log_loss(y, p, eps=1e-15):
    """Mean binary cross-entropy of labels y and probabilities p, with clipping."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    if y.size != p.size:
        raise ValueError(f"y and p must have the same size, got {y.size} and {p.size}")
    p = np.clip(p, eps, 1.0 - eps)
    return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)))
