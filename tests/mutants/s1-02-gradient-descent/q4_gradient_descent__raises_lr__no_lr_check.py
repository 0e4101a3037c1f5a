# Mutant: validates num_steps but accepts lr <= 0 (which would ascend or stand still).
def gradient_descent(grad, x0, lr, num_steps):
    """Plain gradient descent; returns every iterate."""
    if num_steps < 0:
        raise ValueError("num_steps must be >= 0")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(num_steps):
        x = x - lr * grad(x)
        history.append(x)
    return np.array(history)
