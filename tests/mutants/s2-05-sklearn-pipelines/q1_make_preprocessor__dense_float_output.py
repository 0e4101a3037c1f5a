# Mutant: keeps OneHotEncoder's default sparse output, so mostly-zero data comes back as a sparse matrix
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
        ("onehot", OneHotEncoder(handle_unknown="ignore")),
    ])
    return ColumnTransformer([
        ("num", numeric_steps, list(numeric)),
        ("cat", categorical_steps, list(categorical)),
    ])
