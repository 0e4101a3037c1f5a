# Alternative: F.cross_entropy, data converted after the model is built, zero_grad before the forward pass
def train_mlp(X_train, y_train, *, hidden=(128, 64), epochs=20, lr=1e-3, batch_size=64, seed=0):
    """Train MLP(D, hidden, 10) with mini-batch Adam; deterministic for a given seed."""
    X = np.asarray(X_train)
    y = np.asarray(y_train)
    if len(X.shape) != 2:
        raise ValueError("X_train must be 2-D")
    if len(y.shape) != 1 or y.shape[0] != X.shape[0]:
        raise ValueError("y_train must hold one label per row")
    n, d = X.shape
    torch.manual_seed(seed)
    model = MLP(d, hidden, 10).to(device)
    gen = torch.Generator()
    gen.manual_seed(seed)
    Xt = torch.tensor(X, dtype=torch.float32, device=device)
    yt = torch.tensor(y, dtype=torch.long, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    history = []
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(n, generator=gen).to(device)
        running = 0.0
        for i in range(0, n, batch_size):
            batch = order[i:i + batch_size]
            opt.zero_grad()
            loss = F.cross_entropy(model(Xt[batch]), yt[batch])
            loss.backward()
            opt.step()
            running += loss.detach().item() * batch.numel()
        history.append(running / n)
    model = model.cpu()
    model.eval()
    return model, history
