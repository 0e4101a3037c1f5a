# Mutant: sorts the customers by name instead of customer_id.
Q3_CUSTOMERS_WITHOUT_ORDERS = """
SELECT c.id   AS customer_id,
       c.name AS customer_name
FROM customers AS c
WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.customer_id = c.id)
ORDER BY c.name
"""
