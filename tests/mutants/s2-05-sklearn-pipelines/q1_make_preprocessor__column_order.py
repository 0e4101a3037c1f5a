# Mutant: puts the categorical transformer first, so the one-hot blocks come before the numeric columns
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
    numeric_steps = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    categorical_steps = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ])
    return ColumnTransformer([
        ("cat", categorical_steps, list(categorical)),
        ("num", numeric_steps, list(numeric)),
    ])
