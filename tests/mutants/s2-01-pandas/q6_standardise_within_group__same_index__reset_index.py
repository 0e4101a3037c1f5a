# Mutant: resets the index to 0..n-1 before returning.
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
    return z.rename(f"{col}_z").reset_index(drop=True)
