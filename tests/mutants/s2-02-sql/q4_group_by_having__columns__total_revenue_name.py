# Mutant: names the sum total_revenue instead of revenue.
Q4_CATEGORY_REVENUE = """
SELECT p.category                        AS category,
       SUM(oi.quantity * oi.unit_price)  AS total_revenue
FROM order_items AS oi
JOIN orders   AS o ON o.id = oi.order_id
JOIN products AS p ON p.id = oi.product_id
WHERE o.status <> 'cancelled'
  AND p.category IS NOT NULL
GROUP BY p.category
HAVING SUM(oi.quantity * oi.unit_price) > :min_revenue
ORDER BY total_revenue DESC, category
"""
