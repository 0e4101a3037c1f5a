# Mutant: uses the sum of squared residuals instead of the mean (loss and gradients m times too big).
def mse_loss_and_grad(w, b, X, y):
    """Mean squared error of y_hat = X w + b and its gradient with respect to w and b."""
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError("shapes do not match")
    r = X @ w + b - y
    return float(np.sum(r ** 2)), 2.0 * X.T @ r, float(2.0 * np.sum(r))
