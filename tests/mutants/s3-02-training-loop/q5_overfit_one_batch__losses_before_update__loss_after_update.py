# Mutant: records the loss recomputed after each update, not the loss of the step itself.
def overfit_one_batch(model, batch, loss_fn, lr, steps):
    """Train `model` on one batch with Adam for `steps` steps; return the losses."""
    if steps < 1:
        raise ValueError("steps must be at least 1")
    x, y = batch
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            losses.append(loss_fn(model(x), y).item())
    return losses
