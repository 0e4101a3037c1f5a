# Mutant: np.asarray does not copy a float x0, and the in-place update then modifies the caller's x0.
def gradient_descent(grad, x0, lr, num_steps):
    """Plain gradient descent; returns every iterate."""
    if lr <= 0 or num_steps < 0:
        raise ValueError("invalid lr or num_steps")
    x = np.asarray(x0, dtype=float)
    history = [x.copy()]
    for _ in range(num_steps):
        x -= lr * grad(x)
        history.append(x.copy())
    return np.array(history)
