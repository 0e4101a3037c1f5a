# Mutant: uses plain SGD with the learning rate instead of Adam
def train_cnn(X_train, y_train, epochs=20, lr=0.01, seed=0, batch_size=64):
    """Train a fresh SmallCNN with mini-batch Adam and cross-entropy; reproducible for a seed.

    Parameters
    ----------
    X_train : torch.Tensor, float32, shape (n, 1, 8, 8)
    y_train : torch.Tensor, int64, shape (n,)
    epochs, batch_size : int
    lr : float
    seed : int

    Returns
    -------
    SmallCNN on the CPU, in evaluation mode.

    Raises
    ------
    ValueError
        If X_train and y_train have different lengths.
    """
    if len(X_train) != len(y_train):
        raise ValueError(f"X_train has {len(X_train)} rows but y_train has {len(y_train)}")
    torch.manual_seed(seed)
    model = SmallCNN().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    gen = torch.Generator().manual_seed(seed)
    n = len(X_train)
    model.train()
    for _epoch in range(epochs):
        order = torch.randperm(n, generator=gen)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            xb, yb = X_train[idx].to(device), y_train[idx].to(device)
            optimizer.zero_grad()
            loss = F.cross_entropy(model(xb), yb)
            loss.backward()
            optimizer.step()
    return model.to("cpu").eval()
