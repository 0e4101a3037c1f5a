# Mutant: builds dw with a list comprehension over the features and returns the list
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
    m, n = X.shape
    r = X @ w + b - y
    dw = [2.0 / m * float(np.sum(r * X[:, j])) for j in range(n)]
    return float(np.mean(r ** 2)), dw, float(2.0 * np.mean(r))
