# Alternative: calls backward() on a fresh float64 copy and reads the copy's .grad
def torch_grad(f, x):
    """Gradient of a scalar-valued f at x via torch.autograd, without side effects on x."""
    x_copy = x.detach().clone().to(dtype=torch.float64).requires_grad_()
    y = f(x_copy)
    if y.numel() != 1:
        raise ValueError("f(x) must be a scalar (one element)")
    if y.grad_fn is None and not y.requires_grad:
        return torch.zeros(x.shape, dtype=torch.float64, device=x.device)
    y.sum().backward()
    if x_copy.grad is None:
        return torch.zeros_like(x_copy).detach()
    return x_copy.grad.detach()
