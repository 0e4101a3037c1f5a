# Mutant: computes in NumPy float64 and converts back: wrong dtype, no autograd
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
    z = logits.detach().cpu().numpy().astype(np.float64)
    z = z - z.max(axis=dim, keepdims=True)
    return torch.from_numpy(z - np.log(np.exp(z).sum(axis=dim, keepdims=True)))
