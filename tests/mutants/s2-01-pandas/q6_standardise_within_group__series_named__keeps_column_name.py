# Mutant: returns the Series under the column's own name, not f'{col}_z'.
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
    grouped = df.groupby(by, observed=True)[col]
    z = (df[col] - grouped.transform("mean")) / grouped.transform("std")
    return z.rename(col)
