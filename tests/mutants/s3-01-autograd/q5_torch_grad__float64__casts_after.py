# Mutant: differentiates in x's own dtype and casts the gradient to float64 at the end
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
    leaf = x.detach().clone().requires_grad_(True)
    y = f(leaf)
    if y.numel() != 1:
        raise ValueError(f"f(x) must have one element, got shape {tuple(y.shape)}")
    if not y.requires_grad:
        return torch.zeros_like(leaf, dtype=torch.float64)
    (grad,) = torch.autograd.grad(y.reshape(()), leaf, allow_unused=True)
    if grad is None:
        return torch.zeros_like(leaf, dtype=torch.float64)
    return grad.detach().to(torch.float64)
