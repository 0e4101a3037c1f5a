# Alternative: drops unknown sex first and assembles the five columns from separate GroupBy reductions (size, mean, std, max, median).
def summary_table(df):
    """Per (species, sex) summary of body mass, flipper length and bill length.

    Parameters
    ----------
    df : pandas.DataFrame
        Clean penguin table.

    Returns
    -------
    pandas.DataFrame
        MultiIndex (species, sex); columns n_birds, mass_mean, mass_std, flipper_max,
        bill_length_median.
    """
    groups = df.dropna(subset=["sex"]).groupby(["species", "sex"], observed=True)
    return pd.DataFrame({
        "n_birds": groups.size(),
        "mass_mean": groups["body_mass_g"].mean(),
        "mass_std": groups["body_mass_g"].std(ddof=1),
        "flipper_max": groups["flipper_length_mm"].max(),
        "bill_length_median": groups["bill_length_mm"].median(),
    })
