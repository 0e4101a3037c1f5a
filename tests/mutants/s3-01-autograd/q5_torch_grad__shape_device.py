# Mutant: returns the gradient on the CPU whatever x's device
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
    if not y.requires_grad:
        return torch.zeros_like(leaf, requires_grad=False)
    (grad,) = torch.autograd.grad(y.reshape(()), leaf, allow_unused=True)
    if grad is None:
        return torch.zeros_like(leaf, requires_grad=False)
    return grad.detach().cpu()
