# Mutant: never converts y and p with np.asarray, so a list of labels breaks 1 - y.
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
    if np.shape(y) != np.shape(p):
        raise ValueError(f"y and p must have the same shape, got {np.shape(y)} and {np.shape(p)}")
    p = np.clip(p, eps, 1.0 - eps)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1.0 - p)))
