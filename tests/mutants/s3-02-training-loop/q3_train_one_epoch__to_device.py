# Mutant: never moves the batches to device
def train_one_epoch(model, loader, loss_fn, optimizer, device):
    """One pass of mini-batch training over `loader`.

    Parameters
    ----------
    model : torch.nn.Module
    loader : iterable of (x, y) batches
    loss_fn : callable, (outputs, y) -> scalar tensor, the mean loss of the batch
    optimizer : torch.optim.Optimizer over the model's parameters
    device : torch.device or str

    Returns
    -------
    float
        Mean loss over all samples of the epoch.
    """
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(y)
        count += len(y)
    return total / count
