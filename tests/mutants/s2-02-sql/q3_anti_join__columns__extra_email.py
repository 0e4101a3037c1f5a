# Mutant: adds the e-mail address as a third column (handy for marketing, not asked for).
Q3_CUSTOMERS_WITHOUT_ORDERS = """
SELECT c.id   AS customer_id,
       c.name AS customer_name,
       c.email AS email
FROM customers AS c
WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.customer_id = c.id)
ORDER BY c.id
"""
