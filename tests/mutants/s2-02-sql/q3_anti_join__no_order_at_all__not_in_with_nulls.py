# Mutant: NOT IN over a subquery that contains NULL (guest orders) is never true: no rows
Q3_CUSTOMERS_WITHOUT_ORDERS = """
SELECT c.id   AS customer_id,
       c.name AS customer_name
FROM customers AS c
WHERE c.id NOT IN (SELECT customer_id FROM orders)
ORDER BY c.id
"""
