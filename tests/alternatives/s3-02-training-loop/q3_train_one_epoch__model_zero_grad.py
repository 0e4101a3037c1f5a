# Alternative: model.zero_grad(), .to(device, non_blocking=True), x.size(0) and loss.detach().item()
def train_one_epoch(model, loader, loss_fn, optimizer, device):
    """One pass of mini-batch training over `loader`."""
    model.train()
    loss_sum = 0.0
    n_samples = 0
    for batch in loader:
        x, y = (t.to(device, non_blocking=True) for t in batch)
        model.zero_grad()
        outputs = model(x)
        loss = loss_fn(outputs, y)
        loss.backward()
        optimizer.step()
        m = x.size(0)
        loss_sum += loss.detach().item() * m
        n_samples += m
    return loss_sum / n_samples
