# Mutant: creates the convolutions with bias=False ('ReLU follows anyway'), so the parameter count is wrong
class SmallCNN(nn.Module):
    """conv(1->8, 3x3, pad 1) - ReLU - maxpool 2 - conv(8->16, 3x3, pad 1) - ReLU - maxpool 2 - linear(64->10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=1, bias=False)
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, padding=1, bias=False)
        self.fc = nn.Linear(16 * 2 * 2, 10)

    def forward(self, x):
        """x: (N, 1, 8, 8) float tensor -> logits (N, 10)."""
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(x.flatten(1))
