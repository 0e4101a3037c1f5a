# Alternative: one assign chain with a CategoricalDtype (other sex values mapped to NaN), == "Yes" for the clutch, pd.to_datetime without a format, and drop_duplicates(ignore_index=True).
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
    sex_type = pd.CategoricalDtype(["female", "male"])
    renamed = raw.loc[:, list(CLEAN_COLUMNS)].rename(columns=CLEAN_COLUMNS)
    cleaned = renamed.assign(
        species=lambda d: d["species"].astype(str).str.partition(" ")[0].astype("category"),
        island=lambda d: d["island"].astype("category"),
        date_egg=lambda d: pd.to_datetime(d["date_egg"]),
        sex=lambda d: d["sex"].str.strip().str.lower().map({"female": "female", "male": "male"})
                          .astype(sex_type),
        clutch_completion=lambda d: d["clutch_completion"] == "Yes",
        **{c: (lambda d, c=c: pd.to_numeric(d[c], errors="coerce").astype(float))
           for c in MEASUREMENTS},
    )
    cleaned = cleaned[cleaned["body_mass_g"].notna()]
    return cleaned.drop_duplicates(keep="first", ignore_index=True)
