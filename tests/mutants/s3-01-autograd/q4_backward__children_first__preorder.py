# Mutant: appends a node when first seen (pre-order) and reverses, which breaks with shared nodes
def topological_order(root):
    """All Values reachable from root, each once, every node after its children (root last)."""
    order, visited = [], set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        stack.extend(node._prev)
    return order[::-1]


def value_backward(self):
    """Reverse-mode autodiff: fill .grad of every node reachable from self with d(self)/d(node)."""
    order = topological_order(self)
    self.grad = 1.0
    for node in reversed(order):
        node._backward()


Value.backward = value_backward
