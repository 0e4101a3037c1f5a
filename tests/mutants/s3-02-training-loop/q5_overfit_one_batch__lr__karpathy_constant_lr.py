# Mutant: hard-codes Adam's "safe" learning rate 3e-4 and ignores the lr argument.
def overfit_one_batch(model, batch, loss_fn, lr, steps):
    """Train `model` on one batch with Adam for `steps` steps; return the losses."""
    if steps < 1:
        raise ValueError("steps must be at least 1")
    x, y = batch
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
    model.train()
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
