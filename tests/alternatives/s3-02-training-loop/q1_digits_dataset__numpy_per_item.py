# Alternative: keeps a NumPy copy and converts one example per __getitem__ (NumPy's own negative indices and IndexError)
class DigitsDataset(Dataset):
    """Map-style dataset of 8x8 digit images, stored as NumPy arrays."""

    def __init__(self, images, labels, transform=None):
        images = np.array(images, dtype=np.float64)          # a copy
        labels = np.array(labels)
        if images.shape[0] != labels.shape[0]:
            raise ValueError("images and labels must have the same length")
        if images.size != images.shape[0] * 64:
            raise ValueError("every image must have exactly 64 pixels")
        self.images = images.reshape(images.shape[0], 64)
        self.labels = labels
        self.transform = transform

    def __len__(self):
        return self.labels.shape[0]

    def __getitem__(self, idx):
        x = torch.from_numpy((self.images[idx] / 16).astype(np.float32))
        y = torch.tensor(int(self.labels[idx]))
        if self.transform:
            x = self.transform(x)
        return (x, y)
