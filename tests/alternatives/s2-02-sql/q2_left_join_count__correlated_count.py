# Alternative: no join: a correlated COUNT(*) subquery per customer.
Q2_ORDERS_PER_CUSTOMER = """
SELECT c.id AS customer_id,
       c.name AS customer_name,
       (SELECT COUNT(*) FROM orders AS o WHERE o.customer_id = c.id) AS n_orders
FROM customers AS c
ORDER BY customer_id
"""
