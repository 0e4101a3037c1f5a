# Alternative: appends a column of ones to X and takes one matrix product for (dw, db); db returned as a Python float.
def log_loss_grad(w, b, X, y):
    """Gradient of the mean log loss of logistic regression.

    Parameters
    ----------
    w : ndarray of float, shape (d,)
    b : float
    X : ndarray of float, shape (n, d)
    y : ndarray of {0, 1}, shape (n,)

    Returns
    -------
    dw : ndarray of float, shape (d,)
    db : float

    Raises
    ------
    ValueError
        If the shapes of X, y and w do not fit together.
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be a 2-D array")
    n, d = X.shape
    y = np.asarray(y)
    w = np.asarray(w, dtype=float)
    if y.shape != (n,) or w.shape != (d,):
        raise ValueError(f"expected y of shape ({n},) and w of shape ({d},)")
    Xa = np.hstack([X, np.ones((n, 1))])
    residual = sigmoid(Xa @ np.concatenate([w, [b]])) - y
    g = Xa.T @ residual / n
    return g[:d], float(g[d])
