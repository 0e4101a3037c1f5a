# Mutant: no ValueError when images and labels have different lengths (or wrong image size).
class DigitsDataset(Dataset):
    """Map-style dataset of 8x8 digit images."""

    def __init__(self, images, labels, transform=None):
        images = np.asarray(images)
        labels = np.asarray(labels)
        self.x = torch.tensor(images.reshape(len(images), -1) / 16.0, dtype=torch.float32)
        self.y = torch.tensor(labels, dtype=torch.int64)
        self.transform = transform

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        x, y = self.x[idx], self.y[idx]
        if self.transform is not None:
            x = self.transform(x)
        return x, y
