# Mutant: divides X.T @ r by the number of features d instead of the number of examples n.
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
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    n, d = X.shape
    if y.shape != (n,):
        raise ValueError(f"y must have shape ({n},), got {y.shape}")
    if w.shape != (d,):
        raise ValueError(f"w must have shape ({d},), got {w.shape}")
    r = sigmoid(X @ w + b) - y
    return X.T @ r / d, float(np.mean(r))
