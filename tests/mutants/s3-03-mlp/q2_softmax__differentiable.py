# Mutant: detaches the probabilities, so no gradient flows back
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
    return log_softmax(logits, dim=dim).exp().detach()
