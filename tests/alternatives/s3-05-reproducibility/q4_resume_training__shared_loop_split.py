# Alternative: one helper runs epochs for both functions; batches from perm.split(batch_size); resumes from len(extra['losses'])
def train_epoch_shuffled(model, optimizer, X, y, batch_size, generator):
    """Train one epoch in the order torch.randperm(n, generator=generator); return the
    sample-weighted mean training loss as a float."""
    model.train()
    n = X.shape[0]
    total = 0.0
    for idx in torch.randperm(n, generator=generator).split(batch_size):
        idx = idx.to(X.device)
        model.zero_grad()
        loss = F.cross_entropy(model(X[idx]), y[idx])
        loss.backward()
        optimizer.step()
        total += float(loss.detach()) * idx.numel()
    return float(total / n)


def _run_epochs(model, optimizer, X, y, batch_size, generator, losses, start, stop, checkpoint_path):
    for epoch in range(start, stop):
        losses.append(train_epoch_shuffled(model, optimizer, X, y, batch_size, generator))
        save_checkpoint(checkpoint_path, model, optimizer, epoch + 1,
                        extra={"losses": losses[:], "rng_state": generator.get_state()})
    return losses


def train_with_checkpoints(model, optimizer, X, y, n_epochs, batch_size, seed, checkpoint_path,
                           stop_after=None):
    """Train with a private seeded generator, checkpointing after every epoch."""
    generator = torch.Generator()
    generator.manual_seed(seed)
    stop = n_epochs if stop_after is None else stop_after
    return _run_epochs(model, optimizer, X, y, batch_size, generator, [], 0, stop, checkpoint_path)


def resume_training(model, optimizer, X, y, n_epochs, batch_size, checkpoint_path):
    """Restore model, optimizer, losses and data-order generator, and train the remaining epochs."""
    _, extra = load_checkpoint(checkpoint_path, model, optimizer)
    generator = torch.Generator()
    generator.set_state(extra["rng_state"])
    losses = [float(v) for v in extra["losses"]]
    return _run_epochs(model, optimizer, X, y, batch_size, generator, losses, len(losses), n_epochs,
                       checkpoint_path)
