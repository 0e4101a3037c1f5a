# Alternative: feeds each epoch's permutation to a DataLoader as its sampler (the batches hold the same images in the same order)
from torch.utils.data import DataLoader, TensorDataset


def train_cnn(X_train, y_train, epochs=20, lr=0.01, seed=0, batch_size=64):
    """Train a fresh SmallCNN with mini-batch Adam and cross-entropy; reproducible for a seed."""
    if len(X_train) != len(y_train):
        raise ValueError("lengths differ")
    torch.manual_seed(seed)
    model = SmallCNN().to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    gen = torch.Generator().manual_seed(seed)
    dataset = TensorDataset(X_train, y_train)
    for _ in range(epochs):
        order = torch.randperm(len(dataset), generator=gen)
        loader = DataLoader(dataset, batch_size=batch_size, sampler=order.tolist())
        model.train()
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            optimizer.zero_grad()
            loss = F.cross_entropy(model(xb), yb)
            loss.backward()
            optimizer.step()
    return model.to("cpu").eval()
