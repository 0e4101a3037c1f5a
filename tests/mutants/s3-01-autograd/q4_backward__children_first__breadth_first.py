# Mutant: orders nodes breadth-first from the root, which is not a topological order when nodes are shared
def topological_order(root):
    """All Values reachable from root, each once, every node after its children (root last)."""
    order, visited = [root], {root}
    k = 0
    while k < len(order):
        for child in order[k]._prev:
            if child not in visited:
                visited.add(child)
                order.append(child)
        k += 1
    return order[::-1]


def value_backward(self):
    """Reverse-mode autodiff: fill .grad of every node reachable from self with d(self)/d(node)."""
    order = topological_order(self)
    self.grad = 1.0
    for node in reversed(order):
        node._backward()


Value.backward = value_backward
