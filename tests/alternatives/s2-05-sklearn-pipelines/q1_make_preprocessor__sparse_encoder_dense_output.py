# Alternative: a sparse float32 OneHotEncoder with sparse_threshold=0 (dense output anyway), explicit remainder="drop", keyword arguments
def make_preprocessor(numeric, categorical):
    """Build an unfitted ColumnTransformer for mixed numeric / categorical columns."""
    numeric_steps = Pipeline(steps=[
        ("impute", SimpleImputer(missing_values=np.nan, strategy="median")),
        ("scale", StandardScaler(with_mean=True, with_std=True)),
    ])
    categorical_steps = Pipeline(steps=[
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", dtype=np.float32)),
    ])
    return ColumnTransformer(
        transformers=[("num", numeric_steps, [*numeric]), ("cat", categorical_steps, [*categorical])],
        remainder="drop", sparse_threshold=0.0)
