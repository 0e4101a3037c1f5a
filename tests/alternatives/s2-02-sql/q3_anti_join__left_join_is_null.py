# Alternative: LEFT JOIN and keep the NULL-padded rows (o.id IS NULL).
Q3_CUSTOMERS_WITHOUT_ORDERS = """
SELECT c.id AS customer_id, c.name AS customer_name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.id IS NULL
ORDER BY c.id ASC
"""
