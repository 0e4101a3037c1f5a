# Mutant: returns the loss history as the Python list it appended to.
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
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    for epoch in range(int(num_epochs)):
        losses.append(log_loss(y, sigmoid(X @ w + b)))
        dw, db = log_loss_grad(w, b, X, y)
        w = w - lr * dw
        b = b - lr * db
    return w, float(b), losses
