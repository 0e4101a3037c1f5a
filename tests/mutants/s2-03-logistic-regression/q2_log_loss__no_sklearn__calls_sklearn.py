# Mutant: delegates to sklearn.metrics.log_loss instead of computing the loss.
from sklearn.metrics import log_loss as sk_log_loss


def log_loss(y, p, eps=1e-15):
    """Mean binary cross-entropy of labels y and probabilities p, with clipping."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    if y.shape != p.shape:
        raise ValueError(f"y and p must have the same shape, got {y.shape} and {p.shape}")
    return float(sk_log_loss(y, np.clip(p, eps, 1.0 - eps), labels=[0, 1]))
