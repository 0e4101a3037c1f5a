# Mutant: records the loss after each update instead of before it, so losses[0] is not the loss at w=0, b=0.
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
        _, dw, db = mse_loss_and_grad(w, b, X, y)
        w = w - lr * dw
        b = b - lr * db
        losses.append(mse_loss_and_grad(w, b, X, y)[0])
    return w, b, np.array(losses, dtype=float)
