# Mutant: clears the gradients after the step, so stale gradients leak into the first update.
def train_one_epoch(model, loader, loss_fn, optimizer, device):
    """One pass of mini-batch training over `loader`."""
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        total += loss.item() * len(y)
        count += len(y)
    return total / count
