# Mutant: calls x.requires_grad_() and f(x).backward() on the input itself, mutating x
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
    x.requires_grad_(True)
    leaf = x
    y = f(leaf)
    if y.numel() != 1:
        raise ValueError(f"f(x) must have one element, got shape {tuple(y.shape)}")
    if not y.requires_grad:
        return torch.zeros_like(leaf, requires_grad=False)
    y.reshape(()).backward()
    return x.grad.detach().to(torch.float64)
