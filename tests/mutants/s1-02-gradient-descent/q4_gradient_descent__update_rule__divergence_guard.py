# Mutant: stops updating (repeats the last point) once a step would make the iterate grow, instead of using lr as given
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
    x = np.array(x0, dtype=float)
    history = [x.copy()]
    for _ in range(num_steps):
        x_new = x - lr * np.asarray(grad(x), dtype=float)
        if np.linalg.norm(x_new) > np.linalg.norm(x):   # diverging: keep the last good point
            x_new = x
        x = x_new
        history.append(x.copy())
    return np.array(history)
