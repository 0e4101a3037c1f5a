# Mutant: uses the current list price products.price instead of the price paid
Q4_CATEGORY_REVENUE = """
SELECT p.category                AS category,
       SUM(oi.quantity * p.price) AS revenue
FROM order_items AS oi
JOIN orders   AS o ON o.id = oi.order_id
JOIN products AS p ON p.id = oi.product_id
WHERE o.status <> 'cancelled'
  AND p.category IS NOT NULL
GROUP BY p.category
HAVING SUM(oi.quantity * p.price) > :min_revenue
ORDER BY revenue DESC, category
"""
