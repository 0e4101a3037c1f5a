# Mutant: rejects only negative steps, so h = 0 divides by zero
def grad_check(f, xs, h=1e-6):
    """Compare the engine's gradient of f at xs with central differences.

    Returns
    -------
    analytic : list of float
    numeric : list of float
    max_error : float
        max_i |a_i - n_i| / max(1, |a_i|, |n_i|).
    """
    xs = [float(x) for x in xs]
    if len(xs) == 0:
        raise ValueError("xs must not be empty")
    if h < 0:
        raise ValueError(f"h must be positive, got {h}")
    leaves = [Value(x) for x in xs]
    f(leaves).backward()
    analytic = [leaf.grad for leaf in leaves]
    numeric = []
    for i in range(len(xs)):
        plus, minus = list(xs), list(xs)
        plus[i] += h
        minus[i] -= h
        f_plus = f([Value(x) for x in plus]).data
        f_minus = f([Value(x) for x in minus]).data
        numeric.append((f_plus - f_minus) / (2 * h))
    max_error = max(abs(a - n) / max(1.0, abs(a), abs(n)) for a, n in zip(analytic, numeric))
    return analytic, numeric, float(max_error)
