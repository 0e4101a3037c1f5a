# Mutant: never calls model.train(), so a model left in eval mode trains with dropout off.
def train_one_epoch(model, loader, loss_fn, optimizer, device):
    """One pass of mini-batch training over `loader`."""
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(y)
        count += len(y)
    return total / count
