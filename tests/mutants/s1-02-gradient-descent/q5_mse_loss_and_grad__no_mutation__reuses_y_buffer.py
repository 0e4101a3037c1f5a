# Mutant: computes the residuals in y's own buffer (np.asarray does not copy a float array), modifying the caller's y
def mse_loss_and_grad(w, b, X, y):
    """Mean squared error of y_hat = X w + b and its gradient with respect to w and b.

    Parameters
    ----------
    w : ndarray of float, shape (n,)
    b : float
    X : ndarray of float, shape (m, n)
    y : ndarray of float, shape (m,)

    Returns
    -------
    loss : float
        mean((X w + b - y) ** 2)
    dw : ndarray of float, shape (n,)
        (2 / m) X^T (X w + b - y)
    db : float
        (2 / m) sum(X w + b - y)

    Raises
    ------
    ValueError
        If X is not 2-D, or w, y do not have shapes (n,), (m,).
    """
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError("shapes do not match")
    m = X.shape[0]
    r = y
    r -= X @ w + b
    r *= -1.0
    return float(np.mean(r ** 2)), 2.0 / m * (X.T @ r), float(2.0 * np.mean(r))
