# Mutant: always builds the first layer as Linear(in_features, hidden[0]), so an empty hidden fails
class MLP(nn.Module):
    """Multilayer perceptron: Linear layers with ReLU between them, returning logits."""

    def __init__(self, in_features=64, hidden=(128, 64), n_classes=10):
        super().__init__()
        layers = [nn.Linear(in_features, hidden[0]), nn.ReLU()]
        for a, b in zip(hidden[:-1], hidden[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        layers.append(nn.Linear(hidden[-1], n_classes))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        """x: (N, in_features) float tensor -> logits (N, n_classes)."""
        return self.net(x)


def count_parameters(model):
    """Number of trainable scalar parameters of an nn.Module, as a Python int."""
    return int(sum(p.numel() for p in model.parameters() if p.requires_grad))
