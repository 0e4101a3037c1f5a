# Mutant: takes the columns in the schema's field order (model_dump), not FEATURES.
def predict_instances(model, instances):
    """Predict the species of every instance with one predict_proba call.

    Returns
    -------
    list of dict
        [{"species": str, "probability": float}, ...], one per instance, in order.
    """
    if len(instances) == 0:
        return []
    X = np.array([list(row.model_dump().values()) for row in instances], dtype=float)
    proba = model.predict_proba(X)
    best = proba.argmax(axis=1)
    return [{"species": str(model.classes_[j]), "probability": float(proba[i, j])}
            for i, j in enumerate(best)]
