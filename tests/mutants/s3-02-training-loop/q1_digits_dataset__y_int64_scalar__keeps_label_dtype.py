# Mutant: torch.as_tensor(labels) keeps the labels' dtype, so int32 labels stay int32.
class DigitsDataset(Dataset):
    """Map-style dataset of 8x8 digit images."""

    def __init__(self, images, labels, transform=None):
        images = np.asarray(images)
        labels = np.asarray(labels)
        if len(images) != len(labels):
            raise ValueError("images and labels differ in length")
        flat = images.reshape(len(images), -1)
        if flat.shape[1] != 64:
            raise ValueError("each image must have 64 pixels")
        self.x = torch.tensor(flat / 16.0, dtype=torch.float32)
        self.y = torch.as_tensor(labels)
        self.transform = transform

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        x, y = self.x[idx], self.y[idx]
        if self.transform is not None:
            x = self.transform(x)
        return x, y
