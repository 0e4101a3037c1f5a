# Mutant: shifts the logits in place (logits -= max), changing the caller's tensor
def log_softmax(logits, dim=-1):
    """Numerically stable log-softmax along `dim`.

    Parameters
    ----------
    logits : torch.Tensor, floating point, any shape (at least 1-D); not modified
    dim : int, the class axis

    Returns
    -------
    torch.Tensor, same shape, dtype and device as logits
        logits - log(sum(exp(logits), dim)), computed without overflow.
    """
    # The shift does not change the result; detaching it keeps the graph small.
    m = logits.max(dim=dim, keepdim=True).values.detach()
    logits -= m
    shifted = logits
    return shifted - shifted.exp().sum(dim=dim, keepdim=True).log()
