# Mutant: standardises with a stateless FunctionTransformer, so transform uses the NEW data's mean and std
def make_preprocessor(numeric, categorical):
    """Build an unfitted ColumnTransformer for mixed numeric / categorical columns.

    Parameters
    ----------
    numeric : list of str
        Numeric columns: median imputation, then standardisation.
    categorical : list of str
        Categorical columns: most-frequent imputation, then one-hot encoding that
        ignores unknown categories (dense output).

    Returns
    -------
    preprocessor : sklearn.compose.ColumnTransformer
        Unfitted; transformers named "num" and "cat"; other columns are dropped.
    """
    from sklearn.preprocessing import FunctionTransformer
    numeric_steps = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", FunctionTransformer(lambda Z: (Z - Z.mean(axis=0)) / Z.std(axis=0))),
    ])
    categorical_steps = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ])
    return ColumnTransformer([
        ("num", numeric_steps, list(numeric)),
        ("cat", categorical_steps, list(categorical)),
    ])
