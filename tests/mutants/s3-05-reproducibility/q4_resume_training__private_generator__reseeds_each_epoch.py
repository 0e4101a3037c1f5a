# Mutant: reseeds a new generator with seed + epoch every epoch instead of using one generator seeded once
def train_epoch_shuffled(model, optimizer, X, y, batch_size, generator):
    """Train one epoch in the order torch.randperm(n, generator=generator); return the
    sample-weighted mean training loss as a float."""
    model.train()
    n = len(X)
    perm = torch.randperm(n, generator=generator).to(X.device)
    total = 0.0
    for start in range(0, n, batch_size):
        idx = perm[start:start + batch_size]
        optimizer.zero_grad()
        loss = F.cross_entropy(model(X[idx]), y[idx])
        loss.backward()
        optimizer.step()
        total += loss.item() * len(idx)
    return total / n


def train_with_checkpoints(model, optimizer, X, y, n_epochs, batch_size, seed, checkpoint_path,
                           stop_after=None):
    """Train with a private seeded generator, checkpointing after every epoch.

    Returns
    -------
    list of float
        The epoch losses (stop_after of them if stop_after is given, else n_epochs).
    """
    generator = torch.Generator().manual_seed(seed)
    last = n_epochs if stop_after is None else stop_after
    losses = []
    for epoch in range(last):
        generator = torch.Generator().manual_seed(seed + epoch)
        losses.append(train_epoch_shuffled(model, optimizer, X, y, batch_size, generator))
        save_checkpoint(checkpoint_path, model, optimizer, epoch + 1,
                        extra={"losses": list(losses), "rng_state": generator.get_state()})
    return losses


def resume_training(model, optimizer, X, y, n_epochs, batch_size, checkpoint_path):
    """Restore model, optimizer, losses and data-order generator from `checkpoint_path` and
    train the remaining epochs.

    Returns
    -------
    list of float
        All n_epochs epoch losses (saved ones first).
    """
    start, extra = load_checkpoint(checkpoint_path, model, optimizer)
    generator = torch.Generator()
    generator.set_state(extra["rng_state"])
    losses = list(extra["losses"])
    for epoch in range(start, n_epochs):
        losses.append(train_epoch_shuffled(model, optimizer, X, y, batch_size, generator))
        save_checkpoint(checkpoint_path, model, optimizer, epoch + 1,
                        extra={"losses": list(losses), "rng_state": generator.get_state()})
    return losses
