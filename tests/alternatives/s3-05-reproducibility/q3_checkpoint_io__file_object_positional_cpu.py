# Alternative: opens the file itself (open raises FileNotFoundError), passes map_location positionally as a torch.device, and builds the dict with dict()
def save_checkpoint(path, model, optimizer, epoch, extra=None):
    """Save model and optimizer state, the epoch and `extra` as one dict with torch.save."""
    torch.save(dict(model=model.state_dict(), optimizer=optimizer.state_dict(),
                    epoch=int(epoch), extra=extra), os.fspath(path))


def load_checkpoint(path, model, optimizer):
    """Load a checkpoint written by `save_checkpoint` safely (weights_only=True)."""
    with open(path, "rb") as fh:
        state = torch.load(fh, torch.device("cpu"), weights_only=True)
    model.load_state_dict(state["model"], strict=True)
    optimizer.load_state_dict(state["optimizer"])
    epoch, extra = state["epoch"], state["extra"]
    return (epoch, extra)
