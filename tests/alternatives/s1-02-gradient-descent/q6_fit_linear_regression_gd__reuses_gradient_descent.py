# Alternative: runs Exercise 4's gradient_descent on the stacked parameters [w, b] and reads the losses off the history
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
    if lr <= 0 or num_epochs < 0:
        raise ValueError("need lr > 0 and num_epochs >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[1] if X.ndim == 2 else 0
    mse_loss_and_grad(np.zeros(n), 0.0, X, y)             # validates the shapes (Exercise 5)

    def grad(theta):
        _, dw, db = mse_loss_and_grad(theta[:-1], theta[-1], X, y)
        return np.append(dw, db)

    history = gradient_descent(grad, np.zeros(n + 1), lr, num_epochs)
    losses = np.array([mse_loss_and_grad(t[:-1], t[-1], X, y)[0] for t in history[:-1]], dtype=float)
    return history[-1, :-1], float(history[-1, -1]), losses
