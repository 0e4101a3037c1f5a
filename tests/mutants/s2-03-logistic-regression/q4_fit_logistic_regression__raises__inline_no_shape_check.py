# Mutant: inlines the loss and the gradient without Exercise 3's shape checks, so a (n, 1) label column broadcasts instead of raising.
def fit_logistic_regression(X, y, lr, num_epochs):
    """Fit logistic regression by full-batch gradient descent on the mean log loss.

    Parameters
    ----------
    X : ndarray of float, shape (n, d)
    y : ndarray of {0, 1}, shape (n,)
    lr : float
        Learning rate, > 0.
    num_epochs : int
        Number of gradient-descent updates, >= 0.

    Returns
    -------
    w : ndarray of float, shape (d,)
    b : float
    losses : ndarray of float, shape (num_epochs,)
        losses[k] is the mean log loss before the k-th update.

    Raises
    ------
    ValueError
        If lr <= 0 or num_epochs < 0.
    """
    if not lr > 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if num_epochs < 0:
        raise ValueError(f"num_epochs must be >= 0, got {num_epochs}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(int(num_epochs))
    for epoch in range(int(num_epochs)):
        p = sigmoid(X @ w + b)
        pc = np.clip(p, 1e-15, 1.0 - 1e-15)
        losses[epoch] = -np.mean(y * np.log(pc) + (1.0 - y) * np.log(1.0 - pc))
        r = p - y
        w = w - lr * X.T @ r / n
        b = b - lr * float(np.mean(r))
    return w, float(b), losses
