# Mutant: resets the operands' gradients to 0 whenever a product is built
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
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        """self * other, for a Value or a Python number other."""
        other = other if isinstance(other, Value) else Value(other)
        self.grad = 0.0
        other.grad = 0.0
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __radd__(self, other):
        """other + self, when other is a number."""
        return self + other

    def __rmul__(self, other):
        """other * self, when other is a number."""
        return self * other

    def __neg__(self):
        """-self."""
        return self * -1.0

    def __sub__(self, other):
        """self - other."""
        return self + (-other)

    def __rsub__(self, other):
        """other - self, when other is a number."""
        return (-self) + other
