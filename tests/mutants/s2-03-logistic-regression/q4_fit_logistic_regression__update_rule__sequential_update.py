# Mutant: updates w first and then takes the intercept gradient at the new w.
def fit_logistic_regression(X, y, lr, num_epochs):
    """Fit logistic regression by full-batch gradient descent on the mean log loss."""
    if not lr > 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if num_epochs < 0:
        raise ValueError(f"num_epochs must be >= 0, got {num_epochs}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(int(num_epochs))
    for epoch in range(int(num_epochs)):
        losses[epoch] = log_loss(y, sigmoid(X @ w + b))
        dw, _ = log_loss_grad(w, b, X, y)
        w = w - lr * dw
        _, db = log_loss_grad(w, b, X, y)
        b = b - lr * db
    return w, float(b), losses
