# Mutant: uses groupby.apply, whose result is indexed by group and row, not aligned with df.
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
    z = df.groupby(by, observed=True)[col].apply(lambda s: (s - s.mean()) / s.std())
    return z.rename(f"{col}_z")
