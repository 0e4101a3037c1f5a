# Alternative: true division with math.floor and any() over the arguments; the fit test on the padded length before dividing
import math


def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    """Output length of a convolution along one axis (PyTorch's Conv2d formula)."""
    if any(v < 1 for v in (n, kernel, stride, dilation)) or padding < 0:
        raise ValueError("n, kernel, stride and dilation must be >= 1 and padding >= 0")
    span = dilation * (kernel - 1) + 1
    if span > n + 2 * padding:
        raise ValueError("the kernel does not fit in the padded input")
    return math.floor((n + 2 * padding - span) / stride) + 1
