# Mutant: assumes NumPy arrays (calls images.reshape directly), so nested lists fail
class DigitsDataset(Dataset):
    """Map-style dataset of 8x8 digit images.

    Parameters
    ----------
    images : array_like, shape (n, 8, 8) or (n, 64)
        Pixel intensities in [0, 16]; not modified.
    labels : array_like of int, shape (n,)
        Class labels.
    transform : callable or None
        Applied to each scaled image tensor of shape (64,).

    Raises
    ------
    ValueError
        If the lengths differ or an image does not have 64 pixels.
    """

    def __init__(self, images, labels, transform=None):
        if len(images) != len(labels):
            raise ValueError(f"images has {len(images)} rows but labels has {len(labels)}")
        flat = images.reshape(len(images), -1)
        if flat.shape[1] != 64:
            raise ValueError(f"each image must have 64 pixels, found {flat.shape[1]}")
        self.x = torch.tensor(flat / 16.0, dtype=torch.float32)
        self.y = torch.tensor(labels, dtype=torch.int64)
        self.transform = transform

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        x, y = self.x[idx], self.y[idx]
        if self.transform is not None:
            x = self.transform(x)
        return x, y
