# Alternative: the default RANGE frame, which is right here because (order_date, id) is unique; totals from a subquery in FROM.
Q5_RUNNING_SPEND = """
SELECT t.customer_id, t.order_id, t.order_date, t.order_total,
       SUM(t.order_total) OVER (PARTITION BY t.customer_id
                                ORDER BY t.order_date, t.order_id) AS running_total
FROM (
    SELECT o.customer_id AS customer_id, o.id AS order_id, o.order_date AS order_date,
           SUM(oi.quantity * oi.unit_price) AS order_total
    FROM order_items AS oi
    JOIN orders AS o ON o.id = oi.order_id
    WHERE o.customer_id IS NOT NULL AND o.status IN ('paid', 'shipped')
    GROUP BY o.id
) AS t
ORDER BY t.customer_id, t.order_date, t.order_id
"""
