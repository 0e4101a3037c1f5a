# Mutant: names the species from a fixed list (SPECIES[argmax]) instead of model.classes_.
def predict_instances(model, instances):
    if not instances:
        return []
    X = np.array([[getattr(inst, f) for f in FEATURES] for inst in instances], dtype=float)
    proba = model.predict_proba(X)
    best = proba.argmax(axis=1)
    return [{"species": SPECIES[k], "probability": float(proba[i, k])}
            for i, k in enumerate(best)]
