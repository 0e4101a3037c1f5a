# Mutant: residual taken as y - (Xw + b), so the loss is right but both gradients have the wrong sign.
def mse_loss_and_grad(w, b, X, y):
    """Mean squared error of y_hat = X w + b and its gradient with respect to w and b."""
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError("shapes do not match")
    m = X.shape[0]
    r = y - (X @ w + b)
    return float(np.mean(r ** 2)), 2.0 / m * (X.T @ r), float(2.0 * np.mean(r))
