# Mutant: fast path for non-overlapping windows: keeps the running maximum in a view of x, updated in place, which overwrites x
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
    if x.ndim != 4:
        raise ValueError(f"expected a 4-D input, got shape {tuple(x.shape)}")
    if kernel < 1 or stride < 1:
        raise ValueError(f"need kernel >= 1 and stride >= 1, got {kernel} and {stride}")
    h, w = x.shape[2], x.shape[3]
    if kernel > h or kernel > w:
        raise ValueError(f"window {kernel}x{kernel} is larger than the {h}x{w} input")
    h_out = (h - kernel) // stride + 1
    w_out = (w - kernel) // stride + 1
    if stride >= kernel:   # windows do not overlap: update the first slice in place
        out = x[:, :, 0:stride * (h_out - 1) + 1:stride, 0:stride * (w_out - 1) + 1:stride]
        for u in range(kernel):
            for v in range(kernel):
                window = x[:, :, u:u + stride * (h_out - 1) + 1:stride, v:v + stride * (w_out - 1) + 1:stride]
                out.copy_(torch.maximum(out, window))
        return out
    out = None
    for u in range(kernel):
        for v in range(kernel):
            window = x[:, :, u:u + stride * (h_out - 1) + 1:stride, v:v + stride * (w_out - 1) + 1:stride]
            out = window if out is None else torch.maximum(out, window)
    return out.clone()
