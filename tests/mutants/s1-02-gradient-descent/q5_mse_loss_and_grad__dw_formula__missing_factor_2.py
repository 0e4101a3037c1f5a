# Mutant: forgets the factor 2 from differentiating the square in dw and db.
def mse_loss_and_grad(w, b, X, y):
    """Mean squared error of y_hat = X w + b and its gradient with respect to w and b."""
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError("shapes do not match")
    m = X.shape[0]
    r = X @ w + b - y
    return float(np.mean(r ** 2)), X.T @ r / m, float(np.mean(r))
