# Alternative: items filtered in a subquery, status compared with !=, and HAVING on the column alias.
Q4_CATEGORY_REVENUE = """
SELECT category, SUM(amount) AS revenue
FROM (
    SELECT p.category AS category, oi.quantity * oi.unit_price AS amount
    FROM products AS p
    JOIN order_items AS oi ON oi.product_id = p.id
    JOIN orders AS o ON o.id = oi.order_id
    WHERE o.status != 'cancelled' AND p.category IS NOT NULL
)
GROUP BY category
HAVING revenue > :min_revenue
ORDER BY revenue DESC, category ASC
"""
