# Mutant: records a float copy of x0 but calls grad on the unconverted (integer) x0 at the first step
def gradient_descent(grad, x0, lr, num_steps):
    """Plain gradient descent; returns every iterate.

    Parameters
    ----------
    grad : callable
        Gradient of the objective: float array (n,) -> array (n,).
    x0 : array_like, shape (n,)
        Starting point; not modified.
    lr : float
        Learning rate, > 0.
    num_steps : int
        Number of updates, >= 0.

    Returns
    -------
    ndarray of float, shape (num_steps + 1, n)
        history[k] is the k-th iterate; history[0] equals x0.

    Raises
    ------
    ValueError
        If lr <= 0 or num_steps < 0.
    """
    if not lr > 0:
        raise ValueError("lr must be positive")
    if num_steps < 0:
        raise ValueError("num_steps must be >= 0")
    x = np.asarray(x0)
    history = [x.astype(float)]
    for _ in range(num_steps):
        x = x - lr * np.asarray(grad(x), dtype=float)
        history.append(x)
    return np.array(history, dtype=float)
