# Mutant: averages the batch means, ignoring that the last batch is smaller.
def train_one_epoch(model, loader, loss_fn, optimizer, device):
    """One pass of mini-batch training over `loader`."""
    model.train()
    batch_losses = []
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.item())
    return sum(batch_losses) / len(batch_losses)
