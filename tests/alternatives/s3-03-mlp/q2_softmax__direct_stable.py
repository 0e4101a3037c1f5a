# Alternative: a direct stable softmax (exp of the max-shifted logits, normalised), without log_softmax
def softmax(logits, dim=-1):
    """Numerically stable softmax along `dim`."""
    e = torch.exp(logits - logits.amax(dim=dim, keepdim=True))
    return e / e.sum(dim=dim, keepdim=True)
