# Alternative: one pass per distinct score (np.unique(scores)[::-1]) counting scores >= t directly; lists converted to float arrays at the end
def roc_curve_points(y_true, scores):
    """ROC curve with one point per distinct score (predict 1 when score >= threshold)."""
    labels = np.array(y_true)
    s = np.array(scores, dtype=np.float64)
    if labels.ndim != 1 or s.ndim != 1 or labels.shape != s.shape:
        raise ValueError("y_true and scores must be 1-D arrays of the same shape")
    if np.any((labels != 0) & (labels != 1)):
        raise ValueError("labels must be 0 or 1")
    P = int(np.count_nonzero(labels == 1))
    N = labels.size - P
    if P == 0 or N == 0:
        raise ValueError("both classes are needed")
    fpr, tpr, thresholds = [0.0], [0.0], [np.inf]
    for t in np.unique(s)[::-1]:
        flagged = s >= t
        tpr.append(np.count_nonzero(flagged & (labels == 1)) / P)
        fpr.append(np.count_nonzero(flagged & (labels == 0)) / N)
        thresholds.append(t)
    return np.array(fpr, dtype=float), np.array(tpr, dtype=float), np.array(thresholds, dtype=float)
