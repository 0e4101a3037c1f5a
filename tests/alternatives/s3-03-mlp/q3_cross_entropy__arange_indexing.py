# Alternative: picks logp[arange(N), targets], validates in another order, negates with .neg()
def cross_entropy(logits, targets):
    """Mean cross-entropy of integer class targets under softmax(logits)."""
    if logits.dim() != 2:
        raise ValueError("logits must be (N, C)")
    if targets.dtype != torch.int64:
        raise ValueError("targets must be int64")
    if targets.dim() != 1 or len(targets) != len(logits):
        raise ValueError("targets must be (N,)")
    n, c = logits.shape
    if n == 0:
        raise ValueError("empty batch")
    if targets.min().item() < 0 or targets.max().item() > c - 1:
        raise ValueError("target out of range")
    logp = log_softmax(logits, dim=-1)
    rows = torch.arange(n, device=logits.device)
    return logp[rows, targets].mean().neg()
