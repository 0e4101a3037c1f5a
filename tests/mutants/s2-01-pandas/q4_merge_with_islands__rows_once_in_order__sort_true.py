# Mutant: merge(..., sort=True) reorders the birds by island.
def merge_with_islands(df, islands):
    """Add the columns of the island lookup table to every bird.

    Parameters
    ----------
    df : pandas.DataFrame
        Clean penguin table with an ``island`` column.
    islands : pandas.DataFrame
        One row per island: ``island`` plus extra columns.

    Returns
    -------
    pandas.DataFrame
        Every row of ``df`` once, in order, with the extra columns (NaN where unmatched).

    Raises
    ------
    pandas.errors.MergeError
        If ``islands`` has a duplicated island.
    """
    return df.merge(islands, on="island", how="left", validate="many_to_one", sort=True)
