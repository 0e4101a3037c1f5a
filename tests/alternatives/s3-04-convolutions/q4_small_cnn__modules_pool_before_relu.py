# Alternative: padding="same" for conv2; ReLU, max pooling and flatten as modules (nn.ReLU, nn.MaxPool2d(2, 2), nn.Flatten); pools before the ReLU, which gives the same values (both are monotone)
class SmallCNN(nn.Module):
    """conv(1->8, 3x3, pad 1) - ReLU - maxpool 2 - conv(8->16, 3x3, pad 1) - ReLU - maxpool 2 - linear(64->10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels=1, out_channels=8, kernel_size=(3, 3), padding=1)
        self.conv2 = nn.Conv2d(in_channels=8, out_channels=16, kernel_size=(3, 3), padding="same")
        self.fc = nn.Linear(in_features=64, out_features=10)
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.act = nn.ReLU()
        self.flatten = nn.Flatten()

    def forward(self, x):
        """x: (N, 1, 8, 8) float tensor -> logits (N, 10)."""
        x = self.act(self.pool(self.conv1(x)))
        x = self.act(self.pool(self.conv2(x)))
        return self.fc(self.flatten(x))
