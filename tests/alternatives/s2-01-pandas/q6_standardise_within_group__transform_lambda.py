# Alternative: one transform with a lambda computing (s - s.mean()) / s.std() per group.
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
    z = df.groupby(by, observed=True)[col].transform(lambda s: (s - s.mean()) / s.std(ddof=1))
    z.name = f"{col}_z"
    return z
