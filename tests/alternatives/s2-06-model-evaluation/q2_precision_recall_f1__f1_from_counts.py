# Alternative: a small safe-division helper; F1 computed from the counts as 2 tp / (2 tp + fp + fn), which equals the harmonic mean
def _ratio(numerator, denominator):
    return float(numerator) / float(denominator) if denominator else 0.0


def precision_recall_f1(y_true, y_pred):
    """Precision, recall and F1 of the positive class 1, with zero_division=0."""
    tn, fp, fn, tp = confusion_counts(y_true, y_pred)
    return _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn)
