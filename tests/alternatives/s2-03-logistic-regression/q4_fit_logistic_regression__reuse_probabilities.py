# Alternative: validates shapes up front, computes the probabilities once per epoch for both the loss and the gradient, keeps the history in a list and returns np.asarray(losses).
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
    if lr <= 0:
        raise ValueError("the learning rate must be positive")
    if num_epochs < 0:
        raise ValueError("num_epochs must be non-negative")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError(f"X must be (n, d) and y (n,), got {X.shape} and {y.shape}")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history = []
    for _ in range(num_epochs):
        p = sigmoid(X @ w + b)
        history.append(log_loss(y, p))
        residual = p - y
        w, b = w - lr * (X.T @ residual) / n, b - lr * float(residual.mean())
    return w, b, np.asarray(history, dtype=float)
