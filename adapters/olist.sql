-- Adapter: the Olist marketplace export ("Brazilian E-Commerce Public Dataset by Olist", Kaggle olistbr/brazilian-ecommerce,
-- CC BY-NC-SA 4.0: attribute Olist, non-commercial use).
--   opscore ingest --adapter olist path/to/olist/        (the folder of its CSV files, or the files themselves)
--
-- Files read (by name): olist_orders_dataset, olist_order_items_dataset, olist_order_reviews_dataset,
-- olist_customers_dataset, olist_sellers_dataset, olist_products_dataset and product_category_name_translation.
-- Others in the folder (payments, geolocation) are not read.
--
-- What becomes what:
--   employees     one per seller: Olist's sellers are the people who sell; team "Sellers <state>", role sales,
--                 customer-facing. Olist has no hiring date: a seller is hired on the day of their first order.
--   sales         one per order, credited to the seller of its first item (lowest order_item_id). An order may hold
--                 items of several sellers (71 of the 7,360 orders with items in the 8.1k-order subset): the whole order
--                 goes to that first seller, so order totals and the order cycle stay whole. amount = the sum of the
--                 items' price (freight is the carrier's, not the seller's). Canceled and unavailable orders are not
--                 sales (they appear in order_events as cancelled). An order with no item has no seller and no amount:
--                 the contract rejects it (employee_id: missing value).
--                 customer_id = customer_unique_id (Olist gives each order a new customer_id; the unique id is the
--                 person, which new-customer counts need). profit: Olist has none, left empty (the contract allows it).
--                 channel: not in the export, filled 'online' (a web marketplace). region = the customer's state.
--                 product = the English category of the first item.
--   order_events  the order's timestamps: purchase → received, approved → reviewed, handed to the carrier → shipped,
--                 delivered to the customer → delivered; canceled/unavailable → cancelled, at the last timestamp the
--                 order has (the export has no cancellation time). Events out of order load (the models flag them).
--   csat          one per review and order: a review id the export reuses for several orders of one customer counts for
--                 each (response_id = review_id:order_id). responded_at = the customer's answer; employee = the order's
--                 first seller; a review of an order with no item has no seller and is rejected.
-- Times are Brazil local time without an offset, written as the export has them: they are read as local time in
-- business_timezone (set it to America/Sao_Paulo to place them exactly).

-- input: orders = olist_orders_dataset*.csv
-- input: items = olist_order_items_dataset*.csv
-- input: reviews = olist_order_reviews_dataset*.csv
-- input: customers = olist_customers_dataset*.csv
-- input: sellers = olist_sellers_dataset*.csv
-- input: products = olist_products_dataset*.csv
-- input: categories = product_category_name_translation*.csv

-- dataset: employees
WITH first_orders AS (
  SELECT i.seller_id, min(TRY_CAST(o.order_purchase_timestamp AS TIMESTAMP))::DATE AS first_order_on
  FROM items i JOIN orders o USING (order_id)
  GROUP BY i.seller_id
)
SELECT
  s.seller_id                                                              AS employee_id,
  'Seller ' || left(s.seller_id, 8) || ' (' || s.seller_city || ')'        AS name,
  'Sellers ' || s.seller_state                                             AS team,
  'sales'                                                                  AS role,
  NULL                                                                     AS manager_id,
  true                                                                     AS customer_facing,
  f.first_order_on                                                         AS hired_on,
  NULL                                                                     AS left_on,
  s._file,
  s._line
FROM sellers s
LEFT JOIN first_orders f USING (seller_id);

-- dataset: sales
WITH order_items AS (
  SELECT
    order_id,
    arg_min(seller_id, TRY_CAST(order_item_id AS INTEGER))                AS seller_id,
    arg_min(product_id, TRY_CAST(order_item_id AS INTEGER))               AS product_id,
    sum(TRY_CAST(price AS DECIMAL(18, 2)))                                AS amount,
    bool_or(TRY_CAST(price AS DECIMAL(18, 2)) IS NULL)                    AS bad_price
  FROM items
  GROUP BY order_id
)
SELECT
  o.order_id,
  o.order_purchase_timestamp                                               AS sold_at,
  i.seller_id                                                              AS employee_id,
  c.customer_unique_id                                                     AS customer_id,
  i.amount,
  NULL                                                                     AS profit,
  'online'                                                                 AS channel,
  c.customer_state                                                         AS region,
  coalesce(t.product_category_name_english, p.product_category_name)       AS product,
  CASE WHEN i.bad_price THEN 'amount: an item of the order has no readable price' END AS _reject,
  o._file,
  o._line
FROM orders o
LEFT JOIN order_items i USING (order_id)
LEFT JOIN customers c USING (customer_id)
LEFT JOIN products p ON p.product_id = i.product_id
LEFT JOIN categories t ON t.product_category_name = p.product_category_name
WHERE o.order_status NOT IN ('canceled', 'unavailable');

-- dataset: order_events
SELECT order_id, status, "at", _file, _line FROM (
  SELECT order_id, 'received' AS status, order_purchase_timestamp AS "at", _file, _line FROM orders
  UNION ALL
  SELECT order_id, 'reviewed', order_approved_at, _file, _line FROM orders WHERE nullif(trim(order_approved_at), '') IS NOT NULL
  UNION ALL
  SELECT order_id, 'shipped', order_delivered_carrier_date, _file, _line FROM orders WHERE nullif(trim(order_delivered_carrier_date), '') IS NOT NULL
  UNION ALL
  SELECT order_id, 'delivered', order_delivered_customer_date, _file, _line FROM orders WHERE nullif(trim(order_delivered_customer_date), '') IS NOT NULL
  UNION ALL
  SELECT order_id, 'cancelled',
         coalesce(nullif(trim(order_delivered_customer_date), ''), nullif(trim(order_delivered_carrier_date), ''),
                  nullif(trim(order_approved_at), ''), order_purchase_timestamp), _file, _line
  FROM orders WHERE order_status IN ('canceled', 'unavailable')
);

-- dataset: csat
WITH first_seller AS (
  SELECT order_id, arg_min(seller_id, TRY_CAST(order_item_id AS INTEGER)) AS seller_id
  FROM items
  GROUP BY order_id
)
SELECT
  r.review_id || ':' || r.order_id                                         AS response_id,
  r.review_answer_timestamp                                                AS responded_at,
  s.seller_id                                                              AS employee_id,
  c.customer_unique_id                                                     AS customer_id,
  r.review_score                                                           AS score,
  NULL                                                                     AS ticket_id,
  r.order_id,
  nullif(concat_ws(': ', nullif(trim(r.review_comment_title), ''), nullif(trim(r.review_comment_message), '')), '') AS comment,
  r._file,
  r._line
FROM reviews r
LEFT JOIN orders o USING (order_id)
LEFT JOIN customers c USING (customer_id)
LEFT JOIN first_seller s USING (order_id);
