# Mutant: seeds the root's gradient with a torch tensor
def topological_order(root):
    """All Values reachable from root, each once, every node after its children (root last)."""
    order, visited = [], set()
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            order.append(node)
        elif node not in visited:
            visited.add(node)
            stack.append((node, True))
            for child in node._prev:
                if child not in visited:
                    stack.append((child, False))
    return order


def value_backward(self):
    """Reverse-mode autodiff: fill .grad of every node reachable from self with d(self)/d(node)."""
    order = topological_order(self)
    self.grad = torch.tensor(1.0, dtype=torch.float64)
    for node in reversed(order):
        node._backward()


Value.backward = value_backward
