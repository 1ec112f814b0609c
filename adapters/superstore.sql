-- Adapter: Tableau's "Sample - Superstore" (US edition with Country/Region; fictitious demo data shipped with Tableau),
-- its Orders and People sheets saved as CSV (orders.csv, people.csv; Excel dates as YYYY-MM-DD).
--   opscore ingest --adapter superstore orders.csv people.csv
--
-- What becomes what:
--   employees  one per regional manager of people.csv (the only people in the data): employee_id = their name,
--              team = their region, role operations_manager, not customer-facing. The data has no hiring date: a
--              manager is hired on the day of their region's first order.
--   sales      one per Order ID (the file's rows are order lines): amount = the sum of the lines' Sales, profit = the
--              sum of their Profit (negative where discounts made a loss), sold_at = Order Date (a date: midnight in
--              business_timezone), customer_id = Customer ID, region = Region, product = the Category of the order's
--              first line. Nobody sold the order: it is credited to the regional manager of its Region.
--              channel: the data has none (Segment is the customer's, Ship Mode the carrier's), left empty.
--              An order whose lines name several Customer IDs (two in the 2020 edition) is refused with that reason.
-- returns.csv is not read.

-- input: orders = orders*.csv
-- input: people = people*.csv

-- dataset: employees
SELECT
  p."Regional Manager"                                                     AS employee_id,
  p."Regional Manager"                                                     AS name,
  p."Region"                                                               AS team,
  'operations_manager'                                                     AS role,
  NULL                                                                     AS manager_id,
  false                                                                    AS customer_facing,
  (SELECT min(TRY_CAST(o."Order Date" AS DATE)) FROM orders o WHERE o."Region" = p."Region") AS hired_on,
  NULL                                                                     AS left_on,
  p._file,
  p._line
FROM people p;

-- dataset: sales
WITH orders_whole AS (
  SELECT
    "Order ID"                                                             AS order_id,
    min("Order Date")                                                      AS order_date,
    list(DISTINCT "Customer ID" ORDER BY "Customer ID")                    AS customers,
    min("Region")                                                          AS region,
    arg_min("Category", _line)                                             AS category,
    sum(TRY_CAST("Sales" AS DECIMAL(18, 4)))                               AS amount,
    sum(TRY_CAST("Profit" AS DECIMAL(18, 4)))                              AS profit,
    bool_or(TRY_CAST("Sales" AS DECIMAL(18, 4)) IS NULL)                   AS bad_sales,
    bool_or(TRY_CAST("Profit" AS DECIMAL(18, 4)) IS NULL)                  AS bad_profit,
    min(_file)                                                             AS _file,
    min(_line)                                                             AS _line
  FROM orders
  GROUP BY "Order ID"
)
SELECT
  o.order_id,
  o.order_date                                                             AS sold_at,
  p."Regional Manager"                                                     AS employee_id,
  o.customers[1]                                                           AS customer_id,
  o.amount,
  o.profit,
  NULL                                                                     AS channel,
  o.region,
  o.category                                                               AS product,
  CASE
    WHEN len(o.customers) > 1 THEN 'customer_id: the order''s lines name ' || len(o.customers) || ' customers (' || array_to_string(o.customers, ', ') || ')'
    WHEN o.bad_sales THEN 'amount: a line of the order has no readable Sales'
    WHEN o.bad_profit THEN 'profit: a line of the order has no readable Profit'
  END                                                                      AS _reject,
  o._file,
  o._line
FROM orders_whole o
LEFT JOIN people p ON p."Region" = o.region;
