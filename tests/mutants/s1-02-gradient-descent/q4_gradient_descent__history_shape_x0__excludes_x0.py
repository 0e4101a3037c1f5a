# Mutant: off by one, returns only the num_steps updated iterates and drops x0.
def gradient_descent(grad, x0, lr, num_steps):
    """Plain gradient descent; returns every iterate."""
    if lr <= 0 or num_steps < 0:
        raise ValueError("invalid lr or num_steps")
    x = np.array(x0, dtype=float)
    history = []
    for _ in range(num_steps):
        x = x - lr * grad(x)
        history.append(x)
    return np.array(history).reshape(num_steps, x.size)
