# Alternative: model = model.to(torch.device(device)), three separate lists, the dict built at the end
def fit(model, train_loader, val_loader, epochs, lr=1e-2, device="cpu"):
    """Train with Adam and cross-entropy; evaluate after every epoch."""
    if epochs < 1:
        raise ValueError("epochs must be >= 1")
    device = torch.device(device)
    model = model.to(device)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    train_losses, val_losses, val_accs = [], [], []
    for epoch in range(epochs):
        train_losses.append(float(train_one_epoch(model, train_loader, criterion, optimizer, device)))
        loss, acc = evaluate(model, val_loader, criterion, device)
        val_losses.append(float(loss))
        val_accs.append(float(acc))
    return {"train_loss": train_losses, "val_loss": val_losses, "val_acc": val_accs}
