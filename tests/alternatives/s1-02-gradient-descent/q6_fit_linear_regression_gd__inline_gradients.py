# Alternative: computes the residuals and both gradients inline (no call to Exercise 5), with its own shape checks
def fit_linear_regression_gd(X, y, lr, num_epochs):
    """Fit y ~ X w + b by full-batch gradient descent on the mean squared error.

    Parameters
    ----------
    X : ndarray of float, shape (m, n)
    y : ndarray of float, shape (m,)
    lr : float
        Learning rate, > 0.
    num_epochs : int
        Number of gradient-descent updates, >= 0.

    Returns
    -------
    w : ndarray of float, shape (n,)
    b : float
    losses : ndarray of float, shape (num_epochs,)
        losses[k] is the loss before the k-th update.

    Raises
    ------
    ValueError
        If lr <= 0 or num_epochs < 0.
    """
    if lr <= 0:
        raise ValueError("the learning rate must be positive")
    if num_epochs < 0:
        raise ValueError("num_epochs must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError(f"X must be (m, n) and y (m,), got {X.shape} and {y.shape}")
    m, n = X.shape
    w, b = np.zeros(n), 0.0
    losses = []
    for _ in range(num_epochs):
        r = X @ w + b - y
        losses.append(float(r @ r) / m)
        grad_w = (2.0 / m) * (X.T @ r)
        grad_b = (2.0 / m) * float(r.sum())
        w, b = w - lr * grad_w, b - lr * grad_b
    return w, float(b), np.array(losses, dtype=float)
