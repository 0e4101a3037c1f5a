# Mutant: returns NumPy scalars (np.str_, np.float64) instead of a Python str and float.
def predict_instances(model, instances):
    if len(instances) == 0:
        return []
    X = np.array([[getattr(inst, f) for f in FEATURES] for inst in instances], dtype=float)
    proba = model.predict_proba(X)
    best = proba.argmax(axis=1)
    return [{"species": model.classes_[k], "probability": proba[i, k]}
            for i, k in enumerate(best)]
