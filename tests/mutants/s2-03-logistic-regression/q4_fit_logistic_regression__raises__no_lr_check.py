# Mutant: accepts lr <= 0 and negative num_epochs instead of raising ValueError.
def fit_logistic_regression(X, y, lr, num_epochs):
    """Fit logistic regression by full-batch gradient descent on the mean log loss."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(max(int(num_epochs), 0))
    for epoch in range(int(num_epochs)):
        losses[epoch] = log_loss(y, sigmoid(X @ w + b))
        dw, db = log_loss_grad(w, b, X, y)
        w = w - lr * dw
        b = b - lr * db
    return w, float(b), losses
