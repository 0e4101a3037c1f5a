# Mutant: filters with the global MIN_REVENUE instead of the min_revenue argument.
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
    rows = (items.merge(orders[["id", "status"]], left_on="order_id", right_on="id")
                 .drop(columns="id")
                 .merge(products[["id", "category"]], left_on="product_id", right_on="id"))
    rows = rows[(rows["status"] != "cancelled") & rows["category"].notna()]
    rows = rows.assign(revenue=rows["quantity"] * rows["unit_price"])
    revenue = rows.groupby("category", as_index=False)["revenue"].sum()
    revenue = revenue[revenue["revenue"] > MIN_REVENUE]
    revenue = revenue.sort_values(["revenue", "category"], ascending=[False, True])
    return revenue.reset_index(drop=True)[["category", "revenue"]]
