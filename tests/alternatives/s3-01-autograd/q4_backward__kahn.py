# Alternative: Kahn's algorithm: count each node's parents, then peel off the nodes whose parents are all done
def topological_order(root):
    """All Values reachable from root, each once, every node after its children (root last)."""
    parents = {id(root): 0}
    nodes = {id(root): root}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node._prev:
            if id(child) not in nodes:
                nodes[id(child)] = child
                parents[id(child)] = 0
                stack.append(child)
            parents[id(child)] += 1
    ready = [root]
    reverse = []                      # parents before children
    while ready:
        node = ready.pop()
        reverse.append(node)
        for child in node._prev:
            parents[id(child)] -= 1
            if parents[id(child)] == 0:
                ready.append(child)
    return reverse[::-1]


def value_backward(self):
    """Reverse-mode autodiff: fill .grad of every node reachable from self with d(self)/d(node)."""
    order = topological_order(self)
    self.grad = 1.0
    for i in range(len(order) - 1, -1, -1):
        order[i]._backward()
    return None


Value.backward = value_backward
