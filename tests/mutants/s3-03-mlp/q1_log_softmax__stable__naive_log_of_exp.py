# Mutant: no max subtraction: log(exp(z) / sum exp(z)) overflows at 1e4
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
    e = logits.exp()
    return (e / e.sum(dim=dim, keepdim=True)).log()
