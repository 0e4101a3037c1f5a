# Mutant: no check of epochs, so epochs=0 returns empty lists
def fit(model, train_loader, val_loader, epochs, lr=1e-2, device="cpu"):
    """Train with Adam and cross-entropy; evaluate after every epoch.

    Parameters
    ----------
    model : torch.nn.Module
    train_loader, val_loader : iterables of (x, y) batches
    epochs : int
        Number of epochs, >= 1.
    lr : float
        Adam learning rate.
    device : torch.device or str

    Returns
    -------
    dict
        {"train_loss": [...], "val_loss": [...], "val_acc": [...]}, each of length `epochs`.

    Raises
    ------
    ValueError
        If epochs < 1.
    """
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    history = {"train_loss": [], "val_loss": [], "val_acc": []}
    for _ in range(epochs):
        history["train_loss"].append(train_one_epoch(model, train_loader, loss_fn, optimizer, device))
        val_loss, val_acc = evaluate(model, val_loader, loss_fn, device)
        history["val_loss"].append(val_loss)
        history["val_acc"].append(val_acc)
    return history
