# Alternative: float(loss) instead of loss.item(), Adam with its betas spelled out, optimizer.zero_grad(set_to_none=False)
def overfit_one_batch(model, batch, loss_fn, lr, steps):
    """Train `model` on one batch with Adam for `steps` steps; return the losses."""
    if not steps >= 1:
        raise ValueError("steps must be >= 1")
    inputs, targets = batch
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr, betas=(0.9, 0.999))
    history = []
    for step in range(steps):
        opt.zero_grad(set_to_none=False)
        loss = loss_fn(model(inputs), targets)
        history.append(float(loss))
        loss.backward()
        opt.step()
    return history
