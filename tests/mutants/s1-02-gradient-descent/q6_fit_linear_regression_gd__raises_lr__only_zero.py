# Mutant: rejects lr == 0 but accepts a negative learning rate (gradient ascent)
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
    if lr == 0:
        raise ValueError("lr must not be 0")
    if num_epochs < 0:
        raise ValueError("num_epochs must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(int(num_epochs))
    for epoch in range(int(num_epochs)):
        loss, dw, db = mse_loss_and_grad(w, b, X, y)
        losses[epoch] = loss
        w = w - lr * dw
        b = b - lr * db
    return w, float(b), losses
