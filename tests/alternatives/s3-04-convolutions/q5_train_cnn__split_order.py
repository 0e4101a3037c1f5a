# Alternative: splits the permutation with order.split(batch_size), uses nn.CrossEntropyLoss and model.zero_grad(), and moves the data to the device once
def train_cnn(X_train, y_train, epochs=20, lr=0.01, seed=0, batch_size=64):
    """Train a fresh SmallCNN with mini-batch Adam and cross-entropy; reproducible for a seed."""
    if X_train.shape[0] != y_train.shape[0]:
        raise ValueError("X_train and y_train must have the same length")
    torch.manual_seed(seed)
    model = SmallCNN()
    model = model.to(device)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    gen = torch.Generator()
    gen.manual_seed(seed)
    loss_fn = nn.CrossEntropyLoss()
    X, y = X_train.to(device), y_train.to(device)
    for epoch in range(epochs):
        model.train()
        for idx in torch.randperm(X.shape[0], generator=gen).split(batch_size):
            idx = idx.to(device)
            model.zero_grad()
            loss_fn(model(X[idx]), y[idx]).backward()
            opt.step()
    model = model.cpu()
    model.eval()
    return model
