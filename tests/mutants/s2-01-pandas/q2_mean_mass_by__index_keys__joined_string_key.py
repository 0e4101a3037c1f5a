# Mutant: groups by one string key joining the columns ('Adelie / male'), so several columns give no MultiIndex.
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
    keys = [by] if isinstance(by, str) else list(by)
    known = df[keys].notna().all(axis=1)
    label = df.loc[known, keys].astype(str).agg(" / ".join, axis=1).rename(keys[0] if len(keys) == 1 else "group")
    out = (df.loc[known].groupby(label)["body_mass_g"]
             .agg(mean_body_mass_g="mean", n="count"))
    return out.sort_values("mean_body_mass_g", ascending=False)
