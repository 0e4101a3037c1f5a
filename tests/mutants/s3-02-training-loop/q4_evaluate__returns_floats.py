# Mutant: averages per-sample hits with NumPy, so the accuracy is an np.float64
def evaluate(model, loader, loss_fn, device):
    """Mean loss and accuracy of `model` over `loader`, in eval mode without gradients.

    Parameters
    ----------
    model : torch.nn.Module
    loader : iterable of (x, y) batches
    loss_fn : callable, (outputs, y) -> scalar tensor, the mean loss of the batch
    device : torch.device or str

    Returns
    -------
    (float, float)
        Mean loss over samples, and accuracy in [0, 1]. The model's mode is restored.
    """
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    hits = []
    try:
        with torch.no_grad():
            for x, y in loader:
                x, y = x.to(device), y.to(device)
                out = model(x)
                total += loss_fn(out, y).item() * len(y)
                hits.append((out.argmax(dim=1) == y).cpu().numpy())
                count += len(y)
    finally:
        model.train(was_training)
    return total / count, np.concatenate(hits).mean()
