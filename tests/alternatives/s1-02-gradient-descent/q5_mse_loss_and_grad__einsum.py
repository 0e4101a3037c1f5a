# Alternative: loss as r @ r / m, dw with np.einsum, db from r.sum(); one combined shape check
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
    X = np.array(X, dtype=float)
    w = np.array(w, dtype=float)
    y = np.array(y, dtype=float)
    if X.ndim != 2 or w.shape != X.shape[1:] or y.shape != X.shape[:1]:
        raise ValueError(f"bad shapes: X {X.shape}, w {w.shape}, y {y.shape}")
    m = len(y)
    r = np.einsum("ij,j->i", X, w) + b - y
    loss = r @ r / m
    dw = np.einsum("ij,i->j", X, r) * (2.0 / m)
    db = r.sum() * 2.0 / m
    return float(loss), dw, float(db)
