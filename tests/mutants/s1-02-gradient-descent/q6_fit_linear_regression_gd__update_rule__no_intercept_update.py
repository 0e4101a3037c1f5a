# Mutant: never updates the intercept b, so the fit is forced through the origin.
def fit_linear_regression_gd(X, y, lr, num_epochs):
    """Fit y ~ X w + b by full-batch gradient descent on the mean squared error."""
    if lr <= 0 or num_epochs < 0:
        raise ValueError("invalid lr or num_epochs")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    for _ in range(num_epochs):
        loss, dw, db = mse_loss_and_grad(w, b, X, y)
        losses.append(loss)
        w = w - lr * dw
    return w, b, np.array(losses, dtype=float)
