# Mutant: returns np.average of the batch losses weighted by size: an np.float64, not a float
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
    losses, sizes = [], []
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        sizes.append(len(y))
    return np.average(losses, weights=sizes)
