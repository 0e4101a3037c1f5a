# Mutant: hard-codes the table computed on the visible data.
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
    nan = float("nan")
    table = pd.DataFrame({"Biscoe": [3750.0, nan, 5000.0], "Dream": [3575.0, 3700.0, nan],
                          "Torgersen": [3700.0, nan, nan]},
                         index=pd.Index(["Adelie", "Chinstrap", "Gentoo"], name="species"))
    table.columns.name = "island"
    return table
