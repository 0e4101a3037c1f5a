# Mutant: the column-vector formula -(y.T @ log p + (1 - y).T @ log(1 - p)) / n, squeezed to a 0-d array instead of a float.
def log_loss(y, p, eps=1e-15):
    """Mean binary cross-entropy of labels y and probabilities p, with clipping.

    Parameters
    ----------
    y : array_like of {0, 1}
        True labels.
    p : array_like of float, same shape as y
        Predicted probabilities of class 1; not modified.
    eps : float, default 1e-15
        p is clipped to [eps, 1 - eps] before taking logarithms.

    Returns
    -------
    float
        -mean(y log p + (1 - y) log(1 - p)).

    Raises
    ------
    ValueError
        If y and p do not have the same shape.
    """
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    if y.shape != p.shape:
        raise ValueError(f"y and p must have the same shape, got {y.shape} and {p.shape}")
    n = y.size
    y = y.reshape(-1, 1)
    p = np.clip(p, eps, 1.0 - eps).reshape(-1, 1)
    return np.squeeze(-(y.T @ np.log(p) + (1.0 - y).T @ np.log(1.0 - p)) / n)
