# Mutant: never checks stride and padding (F.pad crops on a negative padding)
def conv2d(x, weight, bias=None, stride=1, padding=0):
    """2-D cross-correlation with stride and zero padding, like torch.nn.functional.conv2d.

    Parameters
    ----------
    x : torch.Tensor, shape (N, C_in, H, W)
    weight : torch.Tensor, shape (C_out, C_in, kH, kW)
    bias : torch.Tensor of shape (C_out,) or None
    stride : int >= 1
    padding : int >= 0, zeros on all four sides

    Returns
    -------
    torch.Tensor, shape (N, C_out, H_out, W_out)

    Raises
    ------
    ValueError
        On wrong dimensions, mismatched channels or bias, invalid stride/padding,
        or a kernel that does not fit in the padded input.
    """
    if x.ndim != 4 or weight.ndim != 4:
        raise ValueError(f"expected 4-D x and weight, got shapes {tuple(x.shape)} and {tuple(weight.shape)}")
    n, c_in, h, w = x.shape
    c_out, c_w, kh, kw = weight.shape
    if c_in != c_w:
        raise ValueError(f"x has {c_in} channels but weight expects {c_w}")
    if bias is not None and tuple(bias.shape) != (c_out,):
        raise ValueError(f"bias must have shape ({c_out},), got {tuple(bias.shape)}")
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    if h_out < 1 or w_out < 1:
        raise ValueError(f"kernel {kh}x{kw} does not fit in the padded {h + 2 * padding}x{w + 2 * padding} input")
    xp = F.pad(x, (padding, padding, padding, padding))
    out = x.new_zeros((n, c_out, h_out, w_out))
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + stride * (h_out - 1) + 1:stride, v:v + stride * (w_out - 1) + 1:stride]
            out = out + torch.einsum("nchw,oc->nohw", patch, weight[:, :, u, v])
    if bias is not None:
        out = out + bias.reshape(1, c_out, 1, 1)
    return out
