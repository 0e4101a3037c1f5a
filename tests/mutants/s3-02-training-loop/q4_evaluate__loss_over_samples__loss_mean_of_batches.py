# Mutant: averages the batch mean losses instead of weighting them by batch size.
def evaluate(model, loader, loss_fn, device):
    """Mean loss and accuracy of `model` over `loader`, in eval mode without gradients."""
    was_training = model.training
    model.eval()
    losses = []
    correct, count = 0, 0
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            out = model(x)
            losses.append(loss_fn(out, y).item())
            correct += (out.argmax(dim=1) == y).sum().item()
            count += len(y)
    model.train(was_training)
    return sum(losses) / len(losses), correct / count
