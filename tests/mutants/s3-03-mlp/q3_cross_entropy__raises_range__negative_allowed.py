# Mutant: checks only targets >= C, so a negative target silently wraps around
def cross_entropy(logits, targets):
    """Mean cross-entropy of integer class targets under softmax(logits).

    Parameters
    ----------
    logits : torch.Tensor, shape (N, C), floating point; not modified
    targets : torch.Tensor, shape (N,), torch.int64, values in 0..C-1; not modified

    Returns
    -------
    torch.Tensor, 0-d, the logits' dtype, differentiable w.r.t. logits

    Raises
    ------
    ValueError
        On wrong shapes, a non-int64 targets dtype, an empty batch or an out-of-range target.
    """
    if logits.ndim != 2:
        raise ValueError(f"logits must be 2-D (N, C), got shape {tuple(logits.shape)}")
    n, c = logits.shape
    if targets.ndim != 1 or targets.shape[0] != n:
        raise ValueError(f"targets must have shape ({n},), got {tuple(targets.shape)}")
    if targets.dtype != torch.int64:
        raise ValueError(f"targets must be torch.int64 class indices, got {targets.dtype}")
    if n == 0:
        raise ValueError("cannot take the mean over an empty batch")
    if bool((targets >= c).any()):
        raise ValueError(f"targets must lie in 0..{c - 1}")
    logp = log_softmax(logits, dim=1)
    picked = logp.gather(1, targets.unsqueeze(1)).squeeze(1)
    return -picked.mean()
