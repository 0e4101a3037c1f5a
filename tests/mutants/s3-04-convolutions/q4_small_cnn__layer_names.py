# Mutant: puts the layers in one nn.Sequential (self.net), so there is no conv1, conv2 or fc attribute
class SmallCNN(nn.Module):
    """conv(1->8, 3x3, pad 1) - ReLU - maxpool 2 - conv(8->16, 3x3, pad 1) - ReLU - maxpool 2 - linear(64->10)."""

    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(16 * 2 * 2, 10),
        )

    def forward(self, x):
        """x: (N, 1, 8, 8) float tensor -> logits (N, 10)."""
        return self.net(x)
