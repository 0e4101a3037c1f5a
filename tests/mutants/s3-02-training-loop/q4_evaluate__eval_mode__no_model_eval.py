# Mutant: forgets model.eval(), so dropout stays active during evaluation.
def evaluate(model, loader, loss_fn, device):
    """Mean loss and accuracy of `model` over `loader`, without gradients."""
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            out = model(x)
            total += loss_fn(out, y).item() * len(y)
            correct += (out.argmax(dim=1) == y).sum().item()
            count += len(y)
    return total / count, correct / count
