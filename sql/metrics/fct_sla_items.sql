-- Every item judged against an SLA, for process compliance: tickets by month of created_at, orders by month of
-- received (cancelled orders and orders never received have no status and are not items). Pending items stay in,
-- counting neither way. Orders have no channel.
CREATE OR REPLACE VIEW fct_sla_items AS
SELECT 'ticket' AS source, ticket_id AS item_id, employee_id, team, role, channel, local_day, week, month, sla_status
FROM fct_tickets
UNION ALL
SELECT 'order', order_id, employee_id, team, role, NULL, local_day, week, month, sla_status
FROM fct_orders
WHERE sla_status IS NOT NULL;
