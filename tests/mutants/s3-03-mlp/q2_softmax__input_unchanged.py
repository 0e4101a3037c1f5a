# Mutant: subtracts the maximum from the caller's logits in place before exponentiating
def softmax(logits, dim=-1):
    """Numerically stable softmax along `dim`, from log_softmax.

    Parameters
    ----------
    logits : torch.Tensor, floating point, any shape (at least 1-D); not modified
    dim : int, the class axis

    Returns
    -------
    torch.Tensor, same shape, dtype and device as logits; sums to 1 along dim
    """
    logits -= logits.max(dim=dim, keepdim=True).values
    e = logits.exp()
    return e / e.sum(dim=dim, keepdim=True)
