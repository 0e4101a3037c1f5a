# Alternative: pads by copying x into a zero tensor and loops over the output pixels, one window at a time, then stacks
def conv2d(x, weight, bias=None, stride=1, padding=0):
    """2-D cross-correlation with stride and zero padding, like torch.nn.functional.conv2d."""
    if len(x.shape) != 4 or len(weight.shape) != 4:
        raise ValueError("x and weight must be 4-D tensors")
    N, C, H, W = x.shape
    O, Cw, kH, kW = weight.shape
    if C != Cw:
        raise ValueError("x and weight have different channel counts")
    if bias is not None and list(bias.shape) != [O]:
        raise ValueError("bias must have shape (C_out,)")
    if stride < 1 or padding < 0:
        raise ValueError("stride must be >= 1 and padding >= 0")
    Hp, Wp = H + 2 * padding, W + 2 * padding
    if kH > Hp or kW > Wp:
        raise ValueError("the kernel does not fit in the padded input")
    xp = x.new_zeros((N, C, Hp, Wp))
    xp[:, :, padding:padding + H, padding:padding + W] = x
    rows = []
    for i in range(0, Hp - kH + 1, stride):
        row = []
        for j in range(0, Wp - kW + 1, stride):
            window = xp[:, :, i:i + kH, j:j + kW]                       # (N, C, kH, kW)
            row.append(torch.einsum("nchw,ochw->no", window, weight))
        rows.append(torch.stack(row, dim=-1))                            # (N, O, W_out)
    out = torch.stack(rows, dim=-2)                                      # (N, O, H_out, W_out)
    if bias is not None:
        out = out + bias.view(1, -1, 1, 1)
    return out
