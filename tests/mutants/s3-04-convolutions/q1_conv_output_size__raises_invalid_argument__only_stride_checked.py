# Mutant: checks only the stride (to avoid a division by zero), not n, kernel, padding or dilation
def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    """Output length of a convolution along one axis (PyTorch's Conv2d formula).

    Parameters
    ----------
    n : int >= 1          input length
    kernel : int >= 1     kernel size
    stride : int >= 1
    padding : int >= 0    zeros added on each side
    dilation : int >= 1

    Returns
    -------
    int
        floor((n + 2*padding - dilation*(kernel - 1) - 1) / stride) + 1

    Raises
    ------
    ValueError
        On an invalid argument or if the output would be shorter than 1.
    """
    if stride < 1:
        raise ValueError(f"invalid arguments: n={n}, kernel={kernel}, stride={stride}, "
                         f"padding={padding}, dilation={dilation}")
    out = (n + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if out < 1:
        raise ValueError(f"the kernel (span {dilation * (kernel - 1) + 1}) does not fit in the "
                         f"padded input of length {n + 2 * padding}")
    return int(out)
