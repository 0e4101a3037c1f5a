# Mutant: computes the gradients inline (without Exercise 5) and never checks the shapes, so a y of shape (m, 1) broadcasts
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
    if not lr > 0:
        raise ValueError("lr must be positive")
    if num_epochs < 0:
        raise ValueError("num_epochs must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    m = X.shape[0]
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(int(num_epochs))
    for epoch in range(int(num_epochs)):
        r = X @ w + b - y
        losses[epoch] = np.mean(r ** 2)
        w, b = w - lr * 2.0 / m * (X.T @ r).reshape(w.shape[0], -1).mean(axis=1), b - lr * 2.0 * np.mean(r)
    return w, float(b), losses
