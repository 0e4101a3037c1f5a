# Mutant: computes the Mann-Whitney probability directly and skips roc_curve_points' checks
def auc_trapezoid(x, y):
    """Area under the piecewise-linear curve through (x[k], y[k]), x non-decreasing.

    Raises
    ------
    ValueError
        If x and y are not 1-D of the same shape, have fewer than 2 points, or x decreases.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError(f"x and y must be 1-D of the same shape with at least 2 points, "
                         f"got {x.shape} and {y.shape}")
    dx = np.diff(x)
    if np.any(dx < 0):
        raise ValueError("x must be non-decreasing")
    return float(np.sum(dx * (y[1:] + y[:-1]) / 2.0))


def roc_auc(y_true, scores):
    """Area under the ROC curve: P(s+ > s-) + 0.5 * P(s+ == s-).

    Raises
    ------
    ValueError
        As roc_curve_points (shapes, labels, a single class).
    """
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    diff = scores[y_true == 1][:, None] - scores[y_true == 0][None, :]
    return float(np.mean((diff > 0) + 0.5 * (diff == 0)))
