# Mutant: writes the visible threshold 5000 into the SQL instead of the parameter (kept in a comment)
Q4_CATEGORY_REVENUE = """
-- threshold :min_revenue is 5000 in this notebook
SELECT p.category                        AS category,
       SUM(oi.quantity * oi.unit_price)  AS revenue
FROM order_items AS oi
JOIN orders   AS o ON o.id = oi.order_id
JOIN products AS p ON p.id = oi.product_id
WHERE o.status <> 'cancelled'
  AND p.category IS NOT NULL
GROUP BY p.category
HAVING SUM(oi.quantity * oi.unit_price) > 5000
ORDER BY revenue DESC, category
"""
