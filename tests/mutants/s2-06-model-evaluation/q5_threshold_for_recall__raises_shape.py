# Mutant: checks only the lengths, so (3,) labels with (3, 1) scores or 2-D inputs slip through
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
    y_true, scores = y_true.ravel(), scores.ravel()
    if len(y_true) != len(scores):
        raise ValueError(f"y_true and scores must be 1-D of the same shape, "
                         f"got {y_true.shape} and {scores.shape}")
    if not np.isin(y_true, [0, 1]).all():
        raise ValueError("y_true must contain only the labels 0 and 1")
    if not 0.0 < target_recall <= 1.0:
        raise ValueError(f"target_recall must be in (0, 1], got {target_recall!r}")
    positive_scores = np.sort(scores[y_true == 1])[::-1]
    n_pos = positive_scores.size
    if n_pos == 0:
        raise ValueError("y_true has no positive example")
    k = np.arange(1, n_pos + 1)
    first = int(np.argmax(k / n_pos >= target_recall))   # k[first] / P is the first hit
    return float(positive_scores[first])
