# Mutant: treats the scores as probabilities and clips them to [0, 1]
def roc_curve_points(y_true, scores):
    """ROC curve with one point per distinct score (predict 1 when score >= threshold).

    Parameters
    ----------
    y_true : array_like, shape (n,)
        Labels 0/1 with both classes present; not modified.
    scores : array_like, shape (n,)
        Real-valued scores, higher = more likely positive; not modified.

    Returns
    -------
    fpr, tpr, thresholds : ndarray of float, each shape (K + 1,)
        thresholds = [inf, distinct scores in decreasing order]; fpr[0] = tpr[0] = 0.

    Raises
    ------
    ValueError
        On mismatched shapes / non-1-D inputs, labels other than 0/1, or a single class.
    """
    y_true = np.asarray(y_true)
    scores = np.clip(np.asarray(scores, dtype=float), 0.0, 1.0)
    if y_true.ndim != 1 or y_true.shape != scores.shape:
        raise ValueError(f"y_true and scores must be 1-D of the same shape, "
                         f"got {y_true.shape} and {scores.shape}")
    if not np.isin(y_true, [0, 1]).all():
        raise ValueError("y_true must contain only the labels 0 and 1")
    positive = y_true == 1
    n_pos = int(positive.sum())
    n_neg = positive.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("y_true must contain both classes")
    order = np.argsort(-scores, kind="stable")
    sorted_scores = scores[order]
    tps = np.cumsum(positive[order])
    fps = np.cumsum(~positive[order])
    last = np.r_[np.flatnonzero(sorted_scores[:-1] != sorted_scores[1:]), scores.size - 1]
    fpr = np.r_[0.0, fps[last] / n_neg]
    tpr = np.r_[0.0, tps[last] / n_pos]
    thresholds = np.r_[np.inf, sorted_scores[last]]
    return fpr, tpr, thresholds
