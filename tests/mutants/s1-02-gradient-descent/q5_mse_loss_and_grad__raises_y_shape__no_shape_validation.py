# Mutant: no shape validation, so a y of shape (m, 1) or (1,) broadcasts silently.
def mse_loss_and_grad(w, b, X, y):
    """Mean squared error of y_hat = X w + b and its gradient with respect to w and b."""
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float)
    m = X.shape[0]
    r = X @ w + b - y
    dw = 2.0 / m * (X.T @ r)
    return float(np.mean(r ** 2)), dw, float(2.0 * np.mean(r))
