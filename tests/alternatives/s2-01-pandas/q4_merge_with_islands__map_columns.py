# Alternative: no merge: raises MergeError itself on a duplicated island, then maps each lookup column onto the birds and resets the index.
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
    if islands["island"].duplicated().any():
        raise pd.errors.MergeError("the lookup table lists an island more than once")
    lookup = islands.set_index("island")
    keys = df["island"].astype(object)
    out = df.copy()
    for column in lookup.columns:
        out[column] = keys.map(lookup[column]).to_numpy()
    return out.reset_index(drop=True)
