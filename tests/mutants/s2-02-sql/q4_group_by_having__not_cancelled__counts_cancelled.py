# Mutant: forgets to leave out cancelled orders
Q4_CATEGORY_REVENUE = """
SELECT p.category                        AS category,
       SUM(oi.quantity * oi.unit_price)  AS revenue
FROM order_items AS oi
JOIN products AS p ON p.id = oi.product_id
WHERE p.category IS NOT NULL
GROUP BY p.category
HAVING SUM(oi.quantity * oi.unit_price) > :min_revenue
ORDER BY revenue DESC, category
"""
