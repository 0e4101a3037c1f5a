# Mutant: loops over the output pixels and writes each window's amax into torch.empty(...), which is float32 whatever the dtype of x
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
    out = torch.empty(x.shape[0], x.shape[1], h_out, w_out)
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel].amax(dim=(2, 3))
    return out
