# Alternative: math.pow for powers, tanh from expm1(-2|a|) (never overflows), derivative from out.data, relu with max()
def value_pow(self, exponent):
    """self ** exponent for a constant int or float exponent; TypeError otherwise."""
    if type(exponent) not in (int, float):
        raise TypeError("the exponent must be an int or a float")
    k = float(exponent)
    out = Value(math.pow(self.data, k), (self,), f"**{exponent}")

    def _backward():
        self.grad += k * math.pow(self.data, k - 1.0) * out.grad

    out._backward = _backward
    return out


def value_tanh(self):
    """Hyperbolic tangent; derivative 1 - tanh(a)**2."""
    e = math.expm1(-2.0 * abs(self.data))        # in (-1, 0]: exp(-2|a|) - 1, no overflow
    t = math.copysign(-e / (2.0 + e), self.data)
    out = Value(t, (self,), "tanh")

    def _backward():
        self.grad += (1.0 - out.data ** 2) * out.grad

    out._backward = _backward
    return out


def value_relu(self):
    """max(0, a); derivative 1 if a > 0 else 0 (0 at a == 0, as in PyTorch)."""
    out = Value(max(0.0, self.data), (self,), "relu")

    def _backward():
        self.grad += float(self.data > 0) * out.grad

    out._backward = _backward
    return out


Value.__pow__ = value_pow
Value.tanh = value_tanh
Value.relu = value_relu
# Given: division is multiplication by a power.
Value.__truediv__ = lambda self, other: self * other ** -1
Value.__rtruediv__ = lambda self, other: other * self ** -1
