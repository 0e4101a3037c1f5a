# Alternative: a wrapping helper, __radd__/__rmul__ as aliases, and its own closures for neg, sub and rsub
def _as_value(x):
    return x if isinstance(x, Value) else Value(x)


class Value:
    """A scalar that remembers how it was computed, for reverse-mode autodiff."""

    def __init__(self, data, _children=(), _op=""):
        self.data = float(data)
        self.grad = 0.0
        self._backward = lambda: None   # pushes self.grad down to the children; leaves: nothing
        self._prev = tuple(_children)   # the Values this one was computed from
        self._op = _op                  # the operation that produced it, for printing

    def __repr__(self):
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    def __add__(self, other):
        """self + other, for a Value or a Python number other."""
        other = _as_value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def backward():
            self.grad = self.grad + 1.0 * out.grad
            other.grad = other.grad + 1.0 * out.grad

        out._backward = backward
        return out

    def __mul__(self, other):
        """self * other, for a Value or a Python number other."""
        other = _as_value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def backward():
            g = out.grad
            self.grad += other.data * g
            other.grad += self.data * g

        out._backward = backward
        return out

    __radd__ = __add__
    __rmul__ = __mul__

    def __neg__(self):
        """-self."""
        out = Value(-self.data, (self,), "neg")

        def backward():
            self.grad -= out.grad

        out._backward = backward
        return out

    def __sub__(self, other):
        """self - other."""
        other = _as_value(other)
        out = Value(self.data - other.data, (self, other), "-")

        def backward():
            self.grad += out.grad
            other.grad -= out.grad

        out._backward = backward
        return out

    def __rsub__(self, other):
        """other - self, when other is a number."""
        return _as_value(other) - self
