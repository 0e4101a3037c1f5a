# Alternative: filters orders and products before merging (pd.merge, Series.map for the category), sums with groupby(sort=False) and a stable sort.
def revenue_by_category_pandas(orders, items, products, min_revenue=MIN_REVENUE):
    """Revenue per product category, as Q4_CATEGORY_REVENUE computes it, in pandas.

    Parameters
    ----------
    orders : pandas.DataFrame
        Columns id, customer_id, order_date, status (not modified).
    items : pandas.DataFrame
        Columns order_id, product_id, quantity, unit_price (not modified).
    products : pandas.DataFrame
        Columns id, name, category (NaN/None when NULL), price (not modified).
    min_revenue : float
        Keep categories whose revenue is strictly greater than this.

    Returns
    -------
    pandas.DataFrame
        Columns ``category`` and ``revenue``, sorted by revenue descending then category,
        with index 0..n-1.
    """
    kept_orders = orders.loc[orders["status"] != "cancelled", ["id"]]
    categorised = products.dropna(subset=["category"]).set_index("id")["category"]
    rows = pd.merge(items, kept_orders, left_on="order_id", right_on="id", how="inner")
    rows = rows.assign(category=rows["product_id"].map(categorised),
                       revenue=rows["quantity"] * rows["unit_price"]).dropna(subset=["category"])
    totals = rows.groupby("category", sort=False)["revenue"].sum().reset_index()
    totals = totals.loc[totals["revenue"] > min_revenue]
    totals = totals.sort_values("category", kind="stable").sort_values(
        "revenue", ascending=False, kind="stable")
    return totals.reset_index(drop=True)
