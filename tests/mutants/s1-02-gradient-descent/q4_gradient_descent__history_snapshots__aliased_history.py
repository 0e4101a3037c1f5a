# Mutant: updates x in place and appends the same array every step, so all rows alias one array.
def gradient_descent(grad, x0, lr, num_steps):
    """Plain gradient descent; returns every iterate."""
    if lr <= 0 or num_steps < 0:
        raise ValueError("invalid lr or num_steps")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(num_steps):
        x -= lr * grad(x)
        history.append(x)
    return np.array(history)
