# Mutant: uses micrograd's recursive depth-first search, which hits the recursion limit on deep graphs
def topological_order(root):
    """All Values reachable from root, each once, every node after its children (root last)."""
    order, visited = [], set()

    def build(node):
        if node not in visited:
            visited.add(node)
            for child in node._prev:
                build(child)
            order.append(node)

    build(root)
    return order


def value_backward(self):
    """Reverse-mode autodiff: fill .grad of every node reachable from self with d(self)/d(node)."""
    order = topological_order(self)
    self.grad = 1.0
    for node in reversed(order):
        node._backward()


Value.backward = value_backward
