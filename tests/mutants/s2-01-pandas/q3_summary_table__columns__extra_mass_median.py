# Mutant: adds a bonus column mass_median to the five asked for.
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
    return df.groupby(["species", "sex"], observed=True).agg(
        n_birds=("body_mass_g", "size"),
        mass_mean=("body_mass_g", "mean"),
        mass_std=("body_mass_g", "std"),
        flipper_max=("flipper_length_mm", "max"),
        bill_length_median=("bill_length_mm", "median"),
        mass_median=("body_mass_g", "median"),
    )
