# Alternative: im2col by hand: stacks the k_H*k_W strided slices (no unfold) into one matrix and does a single matrix product
def conv2d(x, weight, bias=None, stride=1, padding=0):
    """2-D cross-correlation with stride and zero padding, like torch.nn.functional.conv2d."""
    if x.dim() != 4 or weight.dim() != 4:
        raise ValueError("x and weight must be 4-D")
    if x.shape[1] != weight.shape[1]:
        raise ValueError("channel counts differ")
    if bias is not None and bias.shape != (weight.shape[0],):
        raise ValueError("bias must have shape (C_out,)")
    if stride < 1 or padding < 0:
        raise ValueError("invalid stride or padding")
    N, C, H, W = x.shape
    O, _, kH, kW = weight.shape
    Ho = (H + 2 * padding - kH) // stride + 1
    Wo = (W + 2 * padding - kW) // stride + 1
    if Ho < 1 or Wo < 1:
        raise ValueError("the kernel does not fit")
    xp = F.pad(x, [padding] * 4)
    cols = torch.stack([xp[:, :, u:u + stride * Ho:stride, v:v + stride * Wo:stride][:, :, :Ho, :Wo]
                        for u in range(kH) for v in range(kW)], dim=2)     # (N, C, kH*kW, Ho, Wo)
    cols = cols.reshape(N, C * kH * kW, Ho * Wo)
    out = weight.reshape(O, C * kH * kW) @ cols                            # (N, O, Ho*Wo)
    out = out.reshape(N, O, Ho, Wo)
    if bias is not None:
        out = out + bias[None, :, None, None]
    return out
