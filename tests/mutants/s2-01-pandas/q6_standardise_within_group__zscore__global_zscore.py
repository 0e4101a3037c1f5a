# Mutant: standardises with the overall mean and std, ignoring the groups.
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
    z = (df[col] - df[col].mean()) / df[col].std()
    return z.rename(f"{col}_z")
