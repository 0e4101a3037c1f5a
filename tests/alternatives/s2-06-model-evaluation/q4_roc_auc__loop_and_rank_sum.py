# Alternative: auc_trapezoid as a Python loop over consecutive points; roc_auc by the Mann-Whitney rank-sum formula with average ranks for ties (validation through roc_curve_points)
from scipy.stats import rankdata


def auc_trapezoid(x, y):
    """Area under the piecewise-linear curve through (x[k], y[k]), x non-decreasing."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or len(x) != len(y):
        raise ValueError("x and y must be 1-D of the same length")
    if len(x) < 2:
        raise ValueError("need at least two points")
    area = 0.0
    for k in range(1, len(x)):
        width = x[k] - x[k - 1]
        if width < 0:
            raise ValueError("x must be non-decreasing")
        area += width * (y[k] + y[k - 1]) / 2.0
    return area


def roc_auc(y_true, scores):
    """Area under the ROC curve: P(s+ > s-) + 0.5 * P(s+ == s-)."""
    roc_curve_points(y_true, scores)                     # the same ValueErrors
    y_true = np.asarray(y_true)
    ranks = rankdata(np.asarray(scores, dtype=float))   # ties get their average rank
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))
