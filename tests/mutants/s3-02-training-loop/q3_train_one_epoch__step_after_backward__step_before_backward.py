# Mutant: calls optimizer.step() before loss.backward(), so each update uses the previous gradients.
def train_one_epoch(model, loader, loss_fn, optimizer, device):
    """One pass of mini-batch training over `loader`."""
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        optimizer.step()
        loss.backward()
        total += loss.item() * len(y)
        count += len(y)
    return total / count
