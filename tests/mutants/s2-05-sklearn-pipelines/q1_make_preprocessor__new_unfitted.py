# Mutant: memoises the transformer in a default-argument cache, so a second call with the same columns returns the same (fitted) object
def make_preprocessor(numeric, categorical, _cache={}):
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
    key = (tuple(numeric), tuple(categorical))
    if key in _cache:
        return _cache[key]
    numeric_steps = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    categorical_steps = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ])
    _cache[key] = ColumnTransformer([
        ("num", numeric_steps, list(numeric)),
        ("cat", categorical_steps, list(categorical)),
    ])
    return _cache[key]
