# Alternative: builds the classifier first and sets C with set_params; Pipeline(steps=...) with keyword arguments
def make_pipeline_model(numeric, categorical, C=1.0):
    """Preprocessing + logistic regression in one unfitted Pipeline."""
    classifier = LogisticRegression(max_iter=1000).set_params(C=float(C))
    preprocess = make_preprocessor(list(numeric), list(categorical))
    return Pipeline(steps=[("preprocess", preprocess), ("classifier", classifier)])
