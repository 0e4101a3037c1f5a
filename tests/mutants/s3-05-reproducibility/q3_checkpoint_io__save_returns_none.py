# Mutant: returns the path it wrote
def save_checkpoint(path, model, optimizer, epoch, extra=None):
    """Save model and optimizer state, the epoch and `extra` as one dict with torch.save.

    Parameters
    ----------
    path : str or os.PathLike
    model : torch.nn.Module
    optimizer : torch.optim.Optimizer
    epoch : int
        Number of epochs completed.
    extra : object, optional
        Tensors, numbers, strings, None and lists/tuples/dicts of them.
    """
    checkpoint = {
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "epoch": int(epoch),
        "extra": extra,
    }
    torch.save(checkpoint, path)
    return path


def load_checkpoint(path, model, optimizer):
    """Load a checkpoint written by `save_checkpoint` safely (weights_only=True) into
    `model` and `optimizer`.

    Returns
    -------
    epoch : int
    extra : object

    Raises
    ------
    FileNotFoundError
        If `path` does not exist (model and optimizer are left unchanged).
    """
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])
    return checkpoint["epoch"], checkpoint["extra"]
