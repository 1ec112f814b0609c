-- One row per CSAT response; its channel is the ticket's when ticket_id names a known ticket.
CREATE OR REPLACE TABLE fct_csat AS
WITH local AS (
  SELECT c.*, timezone((SELECT business_timezone FROM cfg_scalar), c.responded_at) AS local_at
  FROM stg_csat c
)
SELECT
  l.response_id,
  l.responded_at,
  l.local_at::DATE                          AS local_day,
  date_trunc('week', l.local_at)::DATE      AS week,
  date_trunc('month', l.local_at)::DATE     AS month,
  l.employee_id,
  e.team,
  e.role,
  t.channel,
  l.ticket_id,
  l.order_id,
  l.customer_id,
  l.score,
  l.score >= 4                              AS satisfied
FROM local l
LEFT JOIN stg_tickets t ON t.ticket_id = l.ticket_id
LEFT JOIN dim_employees e ON e.employee_id = l.employee_id;
