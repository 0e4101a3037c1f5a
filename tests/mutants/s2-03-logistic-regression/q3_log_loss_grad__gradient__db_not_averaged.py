# Mutant: averages dw but returns the sum of the residuals for db.
def log_loss_grad(w, b, X, y):
    """Gradient of the mean log loss of logistic regression."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    n, d = X.shape
    if y.shape != (n,):
        raise ValueError(f"y must have shape ({n},), got {y.shape}")
    if w.shape != (d,):
        raise ValueError(f"w must have shape ({d},), got {w.shape}")
    r = sigmoid(X @ w + b) - y
    return X.T @ r / n, float(np.sum(r))
