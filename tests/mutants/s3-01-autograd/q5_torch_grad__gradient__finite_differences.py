# Mutant: uses central finite differences instead of autograd
def torch_grad(f, x):
    """Gradient of a scalar-valued f at x via torch.autograd, without side effects on x.

    Parameters
    ----------
    f : callable, tensor -> tensor with one element
    x : torch.Tensor, floating point, any shape and device; not modified

    Returns
    -------
    torch.Tensor, float64, same shape and device as x, requires_grad False

    Raises
    ------
    ValueError
        If f(x) has more than one element.
    """
    leaf = x.detach().to(torch.float64).clone().requires_grad_(True)
    y = f(leaf)
    if y.numel() != 1:
        raise ValueError(f"f(x) must have one element, got shape {tuple(y.shape)}")
    base = leaf.detach()
    grad = torch.zeros_like(base)
    h = 1e-6
    flat = grad.reshape(-1)
    for i in range(base.numel()):
        e = torch.zeros_like(base).reshape(-1)
        e[i] = h
        e = e.reshape(base.shape)
        flat[i] = (f(base + e).reshape(()) - f(base - e).reshape(())) / (2 * h)
    return grad
