# Mutant: slices the last two axes with x[..., ...] and never checks that x is 4-D
def max_pool2d(x, kernel, stride=None):
    """Max pooling with a square window and no padding, like torch.nn.functional.max_pool2d.

    Parameters
    ----------
    x : torch.Tensor, shape (N, C, H, W)
    kernel : int >= 1, window size
    stride : int >= 1 or None (None means stride = kernel)

    Returns
    -------
    torch.Tensor, shape (N, C, (H - kernel) // stride + 1, (W - kernel) // stride + 1)

    Raises
    ------
    ValueError
        On a non 4-D input, invalid kernel/stride, or a window larger than the input.
    """
    if stride is None:
        stride = kernel
    if kernel < 1 or stride < 1:
        raise ValueError(f"need kernel >= 1 and stride >= 1, got {kernel} and {stride}")
    h, w = x.shape[-2:]
    if kernel > h or kernel > w:
        raise ValueError(f"window {kernel}x{kernel} is larger than the {h}x{w} input")
    h_out = (h - kernel) // stride + 1
    w_out = (w - kernel) // stride + 1
    out = None
    for u in range(kernel):
        for v in range(kernel):
            window = x[..., u:u + stride * (h_out - 1) + 1:stride, v:v + stride * (w_out - 1) + 1:stride]
            out = window if out is None else torch.maximum(out, window)
    return out.clone()
