# Mutant: walks the distinct scores in INCREASING order (np.unique), so the curve runs backwards
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
    scores = np.asarray(scores, dtype=float)
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
    fpr, tpr, thresholds = [0.0], [0.0], [np.inf]
    for t in np.unique(scores):
        flagged = scores >= t
        fpr.append(np.sum(flagged & ~positive) / n_neg)
        tpr.append(np.sum(flagged & positive) / n_pos)
        thresholds.append(t)
    return np.array(fpr), np.array(tpr), np.array(thresholds)
