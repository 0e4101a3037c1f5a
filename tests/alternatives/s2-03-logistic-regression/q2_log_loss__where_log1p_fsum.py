# Alternative: picks log(p) or log1p(-p) per label with np.where, sums with math.fsum and divides by n.
import math


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
    labels = np.array(y, dtype=np.float64)
    probs = np.array(p, dtype=np.float64)
    if labels.shape != probs.shape:
        raise ValueError(f"shape mismatch: y {labels.shape}, p {probs.shape}")
    probs = np.minimum(np.maximum(probs, eps), 1.0 - eps)
    per_example = np.where(labels == 1, -np.log(probs), -np.log1p(-probs))
    return math.fsum(per_example.ravel()) / labels.size
