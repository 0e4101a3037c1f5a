# Alternative: perturbed points from a comprehension, the error computed with NumPy and converted with float()
def grad_check(f, xs, h=1e-6):
    """Compare the engine's gradient of f at xs with central differences."""
    if len(xs) == 0 or h <= 0:
        raise ValueError("xs must be non-empty and h positive")
    point = list(xs)
    leaves = [Value(v) for v in point]
    out = f(leaves)
    out.backward()
    analytic = [float(leaf.grad) for leaf in leaves]

    def f_at(p):
        return f([Value(v) for v in p]).data

    numeric = []
    for i in range(len(point)):
        up = [v + h if j == i else v for j, v in enumerate(point)]
        down = [v - h if j == i else v for j, v in enumerate(point)]
        numeric.append(float((f_at(up) - f_at(down)) / (2 * h)))
    a, n = np.array(analytic), np.array(numeric)
    scale = np.maximum(1.0, np.maximum(np.abs(a), np.abs(n)))
    return analytic, numeric, float(np.max(np.abs(a - n) / scale))
