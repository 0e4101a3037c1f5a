# Mutant: tests o.id = NULL instead of o.id IS NULL, which is never true
Q3_CUSTOMERS_WITHOUT_ORDERS = """
SELECT c.id   AS customer_id,
       c.name AS customer_name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.id = NULL
ORDER BY c.id
"""
