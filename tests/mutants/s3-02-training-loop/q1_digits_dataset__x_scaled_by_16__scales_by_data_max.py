# Mutant: scales by the maximum of the given array instead of the fixed maximum intensity 16.
class DigitsDataset(Dataset):
    """Map-style dataset of 8x8 digit images."""

    def __init__(self, images, labels, transform=None):
        images = np.asarray(images, dtype=np.float64)
        labels = np.asarray(labels)
        if len(images) != len(labels):
            raise ValueError("images and labels differ in length")
        flat = images.reshape(len(images), -1)
        if flat.shape[1] != 64:
            raise ValueError("each image must have 64 pixels")
        self.x = torch.tensor(flat / flat.max(), dtype=torch.float32)
        self.y = torch.tensor(labels, dtype=torch.int64)
        self.transform = transform

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        x, y = self.x[idx], self.y[idx]
        if self.transform is not None:
            x = self.transform(x)
        return x, y
