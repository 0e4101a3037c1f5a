# Alternative: builds the frame from two Series (GroupBy.mean and GroupBy.count, groupby sort=False) and sorts with a stable sort.
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
    mass = df.groupby(by, observed=True, sort=False)["body_mass_g"]
    table = pd.DataFrame({"mean_body_mass_g": mass.mean(), "n": mass.count()})
    return table.sort_values("mean_body_mass_g", ascending=False, kind="stable")
