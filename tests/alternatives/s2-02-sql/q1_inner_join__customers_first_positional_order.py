# Alternative: starts FROM customers, joins the orders on the foreign key, and sorts by column positions.
Q1_ORDERS_WITH_CUSTOMERS = """
SELECT orders.id AS order_id, orders.order_date AS order_date, customers.name AS customer_name
FROM customers
INNER JOIN orders ON orders.customer_id = customers.id
ORDER BY 3, 2, 1
"""
