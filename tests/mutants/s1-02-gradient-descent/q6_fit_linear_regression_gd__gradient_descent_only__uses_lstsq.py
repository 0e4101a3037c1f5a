# Mutant: solves the normal problem with np.linalg.lstsq instead of running gradient descent.
def fit_linear_regression_gd(X, y, lr, num_epochs):
    """Fit y ~ X w + b by full-batch gradient descent on the mean squared error."""
    if lr <= 0 or num_epochs < 0:
        raise ValueError("invalid lr or num_epochs")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([X, np.ones(len(y))])
    coef = np.linalg.lstsq(A, y, rcond=None)[0]
    losses = np.linspace(np.mean(y ** 2), np.mean((A @ coef - y) ** 2), num_epochs)
    return coef[:-1], float(coef[-1]), losses
