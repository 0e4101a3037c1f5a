# Mutant: never calls model.train(), so a model left in eval mode keeps dropout off
def overfit_one_batch(model, batch, loss_fn, lr, steps):
    """Train `model` on one batch with Adam for `steps` steps; return the losses.

    Parameters
    ----------
    model : torch.nn.Module
    batch : (Tensor, Tensor)
        Inputs and targets, on the model's device; not modified.
    loss_fn : callable, (outputs, y) -> scalar tensor
    lr : float
        Adam learning rate.
    steps : int
        Number of updates, >= 1.

    Returns
    -------
    list of float, length steps
        The loss at each step, before that step's update.

    Raises
    ------
    ValueError
        If steps < 1.
    """
    if steps < 1:
        raise ValueError(f"steps must be at least 1, got {steps}")
    x, y = batch
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
