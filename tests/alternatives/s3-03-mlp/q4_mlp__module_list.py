# Alternative: an nn.ModuleList with F.relu in forward, count_parameters with a for loop
class MLP(nn.Module):
    """Multilayer perceptron: Linear layers with ReLU between them, returning logits."""

    def __init__(self, in_features=64, hidden=(128, 64), n_classes=10):
        super().__init__()
        widths = (in_features,) + tuple(hidden) + (n_classes,)
        self.layers = nn.ModuleList(nn.Linear(widths[i], widths[i + 1]) for i in range(len(widths) - 1))

    def forward(self, x):
        """x: (N, in_features) float tensor -> logits (N, n_classes)."""
        for layer in self.layers[:-1]:
            x = F.relu(layer(x))
        return self.layers[-1](x)


def count_parameters(model):
    """Number of trainable scalar parameters of an nn.Module, as a Python int."""
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.numel()
    return total
