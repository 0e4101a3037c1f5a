# Mutant: sums with np.sum, which returns an np.int64
class MLP(nn.Module):
    """Multilayer perceptron: Linear layers with ReLU between them, returning logits.

    Parameters
    ----------
    in_features : int
    hidden : tuple of int, the hidden layer widths (may be empty)
    n_classes : int
    """

    def __init__(self, in_features=64, hidden=(128, 64), n_classes=10):
        super().__init__()
        sizes = [in_features, *hidden, n_classes]
        layers = []
        for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
            layers.append(nn.Linear(a, b))
            if i < len(sizes) - 2:
                layers.append(nn.ReLU())
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        """x: (N, in_features) float tensor -> logits (N, n_classes)."""
        return self.net(x)


def count_parameters(model):
    """Number of trainable scalar parameters of an nn.Module, as a Python int."""
    return np.sum([p.numel() for p in model.parameters() if p.requires_grad])
