# Mutant: adds class_weight='balanced' to the LogisticRegression
def make_pipeline_model(numeric, categorical, C=1.0):
    """Preprocessing + logistic regression in one unfitted Pipeline.

    Parameters
    ----------
    numeric, categorical : list of str
        Column names, passed to make_preprocessor.
    C : float > 0
        Inverse regularisation strength of the LogisticRegression.

    Returns
    -------
    model : sklearn.pipeline.Pipeline
        Steps "preprocess" (ColumnTransformer) and "classifier"
        (LogisticRegression(C=C, max_iter=1000)), unfitted.
    """
    return Pipeline([
        ("preprocess", make_preprocessor(numeric, categorical)),
        ("classifier", LogisticRegression(C=C, max_iter=1000, class_weight="balanced")),
    ])
