# Mutant: no check of steps, so steps=0 returns an empty list
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
    x, y = batch
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
