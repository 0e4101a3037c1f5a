# Mutant: accumulates loss tensors instead of loss.item(), so it returns a tensor (and keeps graphs).
def train_one_epoch(model, loader, loss_fn, optimizer, device):
    """One pass of mini-batch training over `loader`."""
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        total = total + loss * len(y)
        count += len(y)
    return total / count
