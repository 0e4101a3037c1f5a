# Alternative: torch.inference_mode() (gradients off as well), no try/finally, .eq().sum() for the hits
def evaluate(model, loader, loss_fn, device):
    """Mean loss and accuracy of `model` over `loader`, in eval mode without gradients."""
    mode = model.training
    model.eval()
    loss_sum, hits, n = 0.0, 0.0, 0
    with torch.inference_mode():
        for x, y in loader:
            x = x.to(device)
            y = y.to(device)
            logits = model(x)
            loss_sum += float(loss_fn(logits, y)) * y.shape[0]
            hits += float(logits.argmax(dim=1).eq(y).sum())
            n += y.shape[0]
    model.train(mode)
    return (loss_sum / n, hits / n)
