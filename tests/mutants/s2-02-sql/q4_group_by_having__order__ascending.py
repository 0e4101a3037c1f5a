# Mutant: sorts by revenue ascending.
Q4_CATEGORY_REVENUE = """
SELECT p.category                        AS category,
       SUM(oi.quantity * oi.unit_price)  AS revenue
FROM order_items AS oi
JOIN orders   AS o ON o.id = oi.order_id
JOIN products AS p ON p.id = oi.product_id
WHERE o.status <> 'cancelled'
  AND p.category IS NOT NULL
GROUP BY p.category
HAVING SUM(oi.quantity * oi.unit_price) > :min_revenue
ORDER BY revenue, category
"""
