# Alternative: loops over the output pixels, takes the max of each window with .amax and stacks the rows
def max_pool2d(x, kernel, stride=None):
    """Max pooling with a square window and no padding, like torch.nn.functional.max_pool2d."""
    if stride is None:
        stride = kernel
    if len(x.shape) != 4:
        raise ValueError("expected (N, C, H, W)")
    if kernel < 1 or stride < 1:
        raise ValueError("kernel and stride must be positive")
    H, W = x.shape[-2], x.shape[-1]
    if kernel > H or kernel > W:
        raise ValueError("the window does not fit")
    rows = []
    for i in range(0, H - kernel + 1, stride):
        cols = [x[:, :, i:i + kernel, j:j + kernel].amax(dim=(-2, -1)) for j in range(0, W - kernel + 1, stride)]
        rows.append(torch.stack(cols, dim=-1))
    return torch.stack(rows, dim=-2)
