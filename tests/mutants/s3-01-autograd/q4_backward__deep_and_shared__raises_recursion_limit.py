# Mutant: recursive DFS that raises Python's recursion limit to get through deep graphs
import sys


def topological_order(root):
    """All Values reachable from root, each once, every node after its children (root last)."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    order, visited = [], set()

    def visit(node):
        if node in visited:
            return
        visited.add(node)
        for child in node._prev:
            visit(child)
        order.append(node)

    visit(root)
    return order


def value_backward(self):
    """Reverse-mode autodiff: fill .grad of every node reachable from self with d(self)/d(node)."""
    order = topological_order(self)
    self.grad = 1.0
    for node in reversed(order):
        node._backward()


Value.backward = value_backward
