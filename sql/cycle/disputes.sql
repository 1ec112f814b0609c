-- Disputes (SPEC 10.5) of one month ($month, NULL: every month) and status ($status, NULL: any); callers append
-- further conditions on d with AND.
SELECT
  d.dispute_id, d.employee_id, strftime(d.month, '%Y-%m') AS month, d.version, d.subject, d.comment,
  strftime(d.opened_at, '%Y-%m-%d %H:%M:%S') AS opened_at, d.status, d.reply, d.resolved_by,
  strftime(d.resolved_at, '%Y-%m-%d %H:%M:%S') AS resolved_at, d.adjustment_ids
FROM appraisal_disputes d
WHERE ($month::DATE IS NULL OR d.month = $month::DATE)
  AND ($status::VARCHAR IS NULL OR d.status = $status)
