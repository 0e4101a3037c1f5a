# Mutant: uses plain SGD instead of the Adam optimiser the statement asks for.
def overfit_one_batch(model, batch, loss_fn, lr, steps):
    """Train `model` on one batch for `steps` steps; return the losses."""
    if steps < 1:
        raise ValueError("steps must be at least 1")
    x, y = batch
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    model.train()
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
