# Mutant: records the validation accuracy as a percentage (0-100) instead of a fraction.
def fit(model, train_loader, val_loader, epochs, lr=1e-2, device="cpu"):
    """Train with Adam and cross-entropy; evaluate after every epoch."""
    if epochs < 1:
        raise ValueError("epochs must be at least 1")
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    history = {"train_loss": [], "val_loss": [], "val_acc": []}
    for _ in range(epochs):
        history["train_loss"].append(train_one_epoch(model, train_loader, loss_fn, optimizer, device))
        val_loss, val_acc = evaluate(model, val_loader, loss_fn, device)
        history["val_loss"].append(val_loss)
        history["val_acc"].append(100.0 * val_acc)
    return history
