# Mutant: left join without validate=, so a duplicated island silently duplicates birds.
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
    return df.merge(islands, on="island", how="left")
