# Mutant: computes tanh with torch.tanh on a 0-d tensor
def value_pow(self, exponent):
    """self ** exponent for a constant int or float exponent; TypeError otherwise."""
    if isinstance(exponent, bool) or not isinstance(exponent, (int, float)):
        raise TypeError(f"only int or float exponents are supported, got {type(exponent).__name__}")
    out = Value(self.data ** exponent, (self,), f"**{exponent}")

    def _backward():
        self.grad += exponent * self.data ** (exponent - 1) * out.grad

    out._backward = _backward
    return out


def value_tanh(self):
    """Hyperbolic tangent; derivative 1 - tanh(a)**2."""
    t = torch.tanh(torch.tensor(self.data, dtype=torch.float64)).item()
    out = Value(t, (self,), "tanh")

    def _backward():
        self.grad += (1.0 - t * t) * out.grad

    out._backward = _backward
    return out


def value_relu(self):
    """max(0, a); derivative 1 if a > 0 else 0 (0 at a == 0, as in PyTorch)."""
    out = Value(self.data if self.data > 0 else 0.0, (self,), "relu")

    def _backward():
        self.grad += (1.0 if self.data > 0 else 0.0) * out.grad

    out._backward = _backward
    return out


Value.__pow__ = value_pow
Value.tanh = value_tanh
Value.relu = value_relu
# Given: division is multiplication by a power.
Value.__truediv__ = lambda self, other: self * other ** -1
Value.__rtruediv__ = lambda self, other: other * self ** -1
