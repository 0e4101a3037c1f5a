# Mutant: moves the model to the CPU (model.cpu()) instead of moving X to the model
def predict(model, X):
    """Predicted class labels of the rows of X under `model`, in eval mode and without a graph.

    Parameters
    ----------
    model : nn.Module, (N, D) float32 -> (N, C) logits
    X : np.ndarray, shape (N, D); not modified

    Returns
    -------
    np.ndarray, shape (N,), int64
    """
    model.eval()
    model.cpu()
    model_device = torch.device("cpu")
    X_t = torch.as_tensor(np.asarray(X), dtype=torch.float32).to(model_device)
    with torch.no_grad():
        logits = model(X_t)
    return logits.argmax(dim=1).cpu().numpy().astype(np.int64)
