# Mutant: records the plain mean of the batch losses, ignoring the smaller last batch
def train_mlp(X_train, y_train, *, hidden=(128, 64), epochs=20, lr=1e-3, batch_size=64, seed=0):
    """Train MLP(D, hidden, 10) with mini-batch Adam; deterministic for a given seed.

    Parameters
    ----------
    X_train : np.ndarray, shape (N, D), float; not modified
    y_train : np.ndarray, shape (N,), int classes 0..9; not modified
    hidden : tuple of int
    epochs, batch_size : int
    lr : float
    seed : int

    Returns
    -------
    model : MLP, on the CPU, in eval mode
    history : list of float, length epochs, the mean training loss of each epoch

    Raises
    ------
    ValueError
        If X_train is not 2-D or y_train does not have one label per row.
    """
    X_train = np.asarray(X_train)
    y_train = np.asarray(y_train)
    if X_train.ndim != 2 or y_train.shape != (X_train.shape[0],):
        raise ValueError(f"expected X (N, D) and y (N,), got {X_train.shape} and {y_train.shape}")
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    X_t = torch.as_tensor(X_train, dtype=torch.float32).to(device)
    y_t = torch.as_tensor(y_train, dtype=torch.int64).to(device)
    model = MLP(X_t.shape[1], hidden, 10).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    n = X_t.shape[0]
    history = []
    n_batches = (n + batch_size - 1) // batch_size
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(n, generator=gen).to(device)
        total = 0.0
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            loss = cross_entropy(model(X_t[idx]), y_t[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item()
        history.append(total / n_batches)
    model.eval()
    return model.cpu(), history
