# Mutant: runs the window over order items instead of order totals (one row per item)
Q5_RUNNING_SPEND = """
SELECT o.customer_id AS customer_id,
       o.id          AS order_id,
       o.order_date  AS order_date,
       oi.quantity * oi.unit_price AS order_total,
       SUM(oi.quantity * oi.unit_price) OVER (
           PARTITION BY o.customer_id
           ORDER BY o.order_date, o.id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS running_total
FROM orders AS o
JOIN order_items AS oi ON oi.order_id = o.id
WHERE o.status <> 'cancelled'
  AND o.customer_id IS NOT NULL
ORDER BY customer_id, order_date, order_id
"""
