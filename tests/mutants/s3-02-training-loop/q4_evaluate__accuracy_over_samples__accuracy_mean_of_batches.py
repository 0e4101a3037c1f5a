# Mutant: averages the per-batch accuracies, over-weighting the small last batch.
def evaluate(model, loader, loss_fn, device):
    """Mean loss and accuracy of `model` over `loader`, in eval mode without gradients."""
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    accs = []
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            out = model(x)
            total += loss_fn(out, y).item() * len(y)
            accs.append((out.argmax(dim=1) == y).float().mean().item())
            count += len(y)
    model.train(was_training)
    return total / count, sum(accs) / len(accs)
