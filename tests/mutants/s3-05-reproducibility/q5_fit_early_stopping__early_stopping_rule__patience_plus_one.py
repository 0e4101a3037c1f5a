# Mutant: creates EarlyStopping(patience + 1), so training runs one epoch too long
def fit_with_early_stopping(model, optimizer, train_loader, val_loader, max_epochs, patience):
    """Train until the validation loss stops improving; restore the best weights.

    Returns
    -------
    dict
        "train_loss": list of float, "val_loss": list of float (one per epoch run),
        "best_epoch": int (0-based index of the smallest validation loss).
    """
    dev = next(model.parameters()).device
    stopper = EarlyStopping(patience + 1, mode="min")
    history = {"train_loss": [], "val_loss": [], "best_epoch": None}
    best_state = copy.deepcopy(model.state_dict())
    for epoch in range(max_epochs):
        model.train()
        total, count = 0.0, 0
        for xb, yb in train_loader:
            xb, yb = xb.to(dev), yb.to(dev)
            optimizer.zero_grad()
            loss = F.cross_entropy(model(xb), yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
            count += len(xb)
        history["train_loss"].append(total / count)

        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for xb, yb in val_loader:
                xb, yb = xb.to(dev), yb.to(dev)
                total += F.cross_entropy(model(xb), yb, reduction="sum").item()
                count += len(xb)
        val_loss = total / count
        history["val_loss"].append(val_loss)

        stop = stopper.step(val_loss)
        if stopper.best_epoch == epoch:
            best_state = copy.deepcopy(model.state_dict())
        if stop:
            break
    model.load_state_dict(best_state)
    history["best_epoch"] = stopper.best_epoch
    return history
