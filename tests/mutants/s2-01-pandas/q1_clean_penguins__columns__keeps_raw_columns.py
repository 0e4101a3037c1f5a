# Mutant: renames with raw.rename(columns=CLEAN_COLUMNS) but keeps every other raw column (Comments, Region, ...).
def clean_penguins(raw):
    """Tidy copy of the raw palmerpenguins table.

    Parameters
    ----------
    raw : pandas.DataFrame
        The table returned by ``load_penguins_raw()`` (or one with the same columns); the
        measurement columns may hold numbers or text.

    Returns
    -------
    pandas.DataFrame
        Columns ``CLEAN_COLUMNS.values()`` with the dtypes of the statement, no row with a
        missing body mass, no duplicate rows, index 0..n-1. ``raw`` is left unchanged.
    """
    df = raw.rename(columns=CLEAN_COLUMNS)
    df["species"] = df["species"].str.split().str[0].astype("category")
    df["island"] = df["island"].astype("category")
    df["date_egg"] = pd.to_datetime(df["date_egg"], format="%Y-%m-%d")
    for column in MEASUREMENTS:
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
    sex = df["sex"].str.strip().str.lower()
    sex = sex.where(sex.isin(["female", "male"]))      # everything else becomes missing
    df["sex"] = pd.Categorical(sex, categories=["female", "male"])
    df["clutch_completion"] = df["clutch_completion"].map({"Yes": True, "No": False}).astype(bool)
    df = df.dropna(subset=["body_mass_g"]).drop_duplicates(subset=list(CLEAN_COLUMNS.values()))
    return df.reset_index(drop=True)
