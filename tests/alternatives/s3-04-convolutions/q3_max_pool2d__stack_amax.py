# Alternative: stacks the k*k strided slices along a new axis and takes amax over it; validation with shape unpacking
def max_pool2d(x, kernel, stride=None):
    """Max pooling with a square window and no padding, like torch.nn.functional.max_pool2d."""
    s = kernel if stride is None else stride
    if x.dim() != 4:
        raise ValueError("x must be 4-D")
    if kernel < 1 or s < 1:
        raise ValueError("kernel and stride must be >= 1")
    N, C, H, W = x.shape
    if kernel > min(H, W):
        raise ValueError("window larger than the input")
    Ho, Wo = (H - kernel) // s + 1, (W - kernel) // s + 1
    slices = [x[:, :, u:u + s * Ho:s, v:v + s * Wo:s][:, :, :Ho, :Wo]
              for u in range(kernel) for v in range(kernel)]
    return torch.stack(slices, dim=0).amax(dim=0)
