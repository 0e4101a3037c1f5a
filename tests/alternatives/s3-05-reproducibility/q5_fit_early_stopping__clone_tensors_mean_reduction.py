# Alternative: copies the best weights with tensor.clone(), averages with reduction='mean' times the batch size, and takes best_epoch from the stopper after the loop
def fit_with_early_stopping(model, optimizer, train_loader, val_loader, max_epochs, patience):
    """Train until the validation loss stops improving; restore the best weights."""
    device_ = next(iter(model.parameters())).device
    stopper = EarlyStopping(patience)
    train_losses, val_losses = [], []
    best_weights = None
    for epoch in range(max_epochs):
        model.train()
        seen, running = 0, 0.0
        for xb, yb in train_loader:
            xb, yb = xb.to(device_), yb.to(device_)
            optimizer.zero_grad()
            loss = F.cross_entropy(model(xb), yb)
            loss.backward()
            optimizer.step()
            running += loss.item() * xb.shape[0]
            seen += xb.shape[0]
        train_losses.append(running / seen)
        model.eval()
        seen, running = 0, 0.0
        with torch.no_grad():
            for xb, yb in val_loader:
                xb, yb = xb.to(device_), yb.to(device_)
                running += F.cross_entropy(model(xb), yb, reduction="sum").item()
                seen += yb.numel()
        val_losses.append(running / seen)
        should_stop = stopper.step(val_losses[-1])
        if stopper.best_epoch == epoch:
            best_weights = {k: v.detach().clone() for k, v in model.state_dict().items()}
        if should_stop:
            break
    if best_weights is not None:
        model.load_state_dict(best_weights)
    return {"train_loss": train_losses, "val_loss": val_losses, "best_epoch": int(stopper.best_epoch)}
