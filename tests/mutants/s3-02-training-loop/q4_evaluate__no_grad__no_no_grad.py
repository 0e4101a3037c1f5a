# Mutant: evaluates in eval mode but without torch.no_grad(), so autograd records every graph.
def evaluate(model, loader, loss_fn, device):
    """Mean loss and accuracy of `model` over `loader`, in eval mode."""
    was_training = model.training
    model.eval()
    total, correct, count = 0.0, 0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        out = model(x)
        total += loss_fn(out, y).item() * len(y)
        correct += (out.argmax(dim=1) == y).sum().item()
        count += len(y)
    model.train(was_training)
    return total / count, correct / count
