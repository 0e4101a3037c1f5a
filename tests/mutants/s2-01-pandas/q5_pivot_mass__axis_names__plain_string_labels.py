# Mutant: replaces the categorical labels by plain string lists, which drops the index names.
def pivot_mass(df):
    """Median body mass per species (rows) and island (columns); NaN where no birds.

    Parameters
    ----------
    df : pandas.DataFrame
        Clean penguin table.

    Returns
    -------
    pandas.DataFrame
        Index ``species``, columns ``island``, values median body mass in grams.
    """
    table = df.pivot_table(index="species", columns="island", values="body_mass_g",
                           aggfunc="median", observed=True)
    table.index = [str(s) for s in table.index]
    table.columns = [str(c) for c in table.columns]
    return table
