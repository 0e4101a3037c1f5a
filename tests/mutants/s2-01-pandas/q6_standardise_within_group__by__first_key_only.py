# Mutant: groups by the first column only when by is a list.
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
    key = by if isinstance(by, str) else by[0]
    grouped = df.groupby(key, observed=True)[col]
    z = (df[col] - grouped.transform("mean")) / grouped.transform("std")
    return z.rename(f"{col}_z")
