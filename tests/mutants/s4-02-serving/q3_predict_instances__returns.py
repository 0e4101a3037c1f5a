# Mutant: returns the class index instead of the species name.
def predict_instances(model, instances):
    """Predict the species of every instance with one predict_proba call.

    Returns
    -------
    list of dict
        [{"species": str, "probability": float}, ...], one per instance, in order.
    """
    if len(instances) == 0:
        return []
    X = np.array([[getattr(row, name) for name in FEATURES] for row in instances], dtype=float)
    proba = model.predict_proba(X)
    best = proba.argmax(axis=1)
    return [{"species": int(j), "probability": float(proba[i, j])}
            for i, j in enumerate(best)]
