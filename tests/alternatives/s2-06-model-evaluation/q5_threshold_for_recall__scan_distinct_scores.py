# Alternative: scans the distinct scores from the highest down and returns the first one whose recall (counted with >=) reaches the target
def threshold_for_recall(y_true, scores, target_recall):
    """Highest threshold t such that the rule scores >= t has recall >= target_recall."""
    labels = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    if labels.ndim != 1 or s.ndim != 1 or labels.shape != s.shape:
        raise ValueError("y_true and scores must be 1-D of the same shape")
    if not set(np.unique(labels).tolist()) <= {0, 1}:
        raise ValueError("labels must be 0 or 1")
    if not (0 < target_recall <= 1):
        raise ValueError("target_recall must lie in (0, 1]")
    positives = labels == 1
    n_pos = int(positives.sum())
    if n_pos == 0:
        raise ValueError("need at least one positive example")
    for t in np.unique(s[positives])[::-1]:
        caught = int(np.sum(positives & (s >= t)))
        if caught / n_pos >= target_recall:
            return float(t)
    raise AssertionError("unreachable: the lowest positive score reaches recall 1")
