# Mutant: fills the missing values with their group's mean first, so a missing x gets z = 0.
def standardise_within_group(df, col, by):
    """Within-group z-score of ``df[col]``, aligned with ``df.index``.

    Parameters
    ----------
    df : pandas.DataFrame
    col : str
        Numeric column to standardise.
    by : str or list of str
        Grouping column(s).

    Returns
    -------
    pandas.Series
        Named ``f"{col}_z"``, same index as ``df``.
    """
    filled = df[col].fillna(df.groupby(by, observed=True)[col].transform("mean"))
    grouped = filled.groupby([df[k] for k in ([by] if isinstance(by, str) else by)], observed=True)
    z = (filled - grouped.transform("mean")) / grouped.transform("std")
    return z.rename(f"{col}_z")
