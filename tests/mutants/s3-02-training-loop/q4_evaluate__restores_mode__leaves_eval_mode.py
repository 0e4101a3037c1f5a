# Mutant: does not restore the model's mode: a model that arrived in training mode leaves in eval mode.
def evaluate(model, loader, loss_fn, device):
    """Mean loss and accuracy of `model` over `loader`, in eval mode without gradients."""
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            out = model(x)
            total += loss_fn(out, y).item() * len(y)
            correct += (out.argmax(dim=1) == y).sum().item()
            count += len(y)
    return total / count, correct / count
