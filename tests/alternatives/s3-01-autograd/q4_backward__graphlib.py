# Alternative: the standard library's graphlib.TopologicalSorter on the graph collected with an explicit stack
from graphlib import TopologicalSorter


def topological_order(root):
    """All Values reachable from root, each once, every node after its children (root last)."""
    sorter = TopologicalSorter()
    seen, stack = {root}, [root]
    while stack:
        node = stack.pop()
        sorter.add(node, *node._prev)
        for child in node._prev:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    # Every node is reachable from root, so root (which depends on all of them) comes out last.
    return list(sorter.static_order())


def value_backward(self):
    """Reverse-mode autodiff: fill .grad of every node reachable from self with d(self)/d(node)."""
    self.grad = 1.0
    for node in topological_order(self)[::-1]:
        node._backward()


Value.backward = value_backward
