# Mutant: no shape validation, so a (n, 1) label column broadcasts into an (n, n) residual.
def log_loss_grad(w, b, X, y):
    """Gradient of the mean log loss of logistic regression."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    r = sigmoid(X @ w + b) - y
    return X.T @ r / n, float(np.mean(r))
