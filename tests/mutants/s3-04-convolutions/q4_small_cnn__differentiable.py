# Mutant: computes the convolutional features under torch.no_grad() ('they are only features'), so no gradient reaches conv1 and conv2
class SmallCNN(nn.Module):
    """conv(1->8, 3x3, pad 1) - ReLU - maxpool 2 - conv(8->16, 3x3, pad 1) - ReLU - maxpool 2 - linear(64->10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, padding=1)
        self.fc = nn.Linear(16 * 2 * 2, 10)

    def forward(self, x):
        """x: (N, 1, 8, 8) float tensor -> logits (N, 10)."""
        with torch.no_grad():
            x = F.max_pool2d(F.relu(self.conv1(x)), 2)
            x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(x.flatten(1))
