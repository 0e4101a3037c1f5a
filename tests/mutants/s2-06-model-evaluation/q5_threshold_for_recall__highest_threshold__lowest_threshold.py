# Mutant: scans thresholds from the bottom up and returns the LOWEST one that reaches the target.
def threshold_for_recall(y_true, scores, target_recall):
    """Highest threshold t such that the rule scores >= t has recall >= target_recall.

    Parameters
    ----------
    y_true : array_like, shape (n,)
        Labels 0/1 with at least one positive; not modified.
    scores : array_like, shape (n,)
        Real-valued scores; not modified.
    target_recall : float in (0, 1]

    Returns
    -------
    float
        One of the scores of the positive examples.

    Raises
    ------
    ValueError
        On mismatched shapes / non-1-D inputs, labels other than 0/1, no positive example,
        or target_recall outside (0, 1].
    """

    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    if y_true.ndim != 1 or y_true.shape != scores.shape:
        raise ValueError("y_true and scores must be 1-D of the same shape")
    if not np.isin(y_true, [0, 1]).all():
        raise ValueError("labels must be 0 or 1")
    if not 0.0 < target_recall <= 1.0:
        raise ValueError("target_recall must be in (0, 1]")
    if not np.any(y_true == 1):
        raise ValueError("no positive example")

    n_pos = int(np.sum(y_true == 1))
    for t in np.unique(scores):
        if np.sum((scores >= t) & (y_true == 1)) / n_pos >= target_recall:
            return float(t)
    return float(np.max(scores))
