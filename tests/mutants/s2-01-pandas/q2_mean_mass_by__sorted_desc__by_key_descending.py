# Mutant: sorts the group labels in descending order instead of the mean.
def mean_mass_by(df, by):
    """Mean body mass and number of weighed birds per group, heaviest group first.

    Parameters
    ----------
    df : pandas.DataFrame
        Clean penguin table with a ``body_mass_g`` column (NaN allowed).
    by : str or list of str
        Grouping column(s).

    Returns
    -------
    pandas.DataFrame
        Indexed by the group key(s); columns ``mean_body_mass_g`` (float) and ``n`` (int),
        sorted by ``mean_body_mass_g`` descending.
    """
    out = (df.groupby(by, observed=True)["body_mass_g"]
             .agg(mean_body_mass_g="mean", n="count"))
    return out.sort_index(ascending=False)
