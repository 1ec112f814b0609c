-- The alert log (issue 17): delivery attempts, newest first, with the notice each belongs to; every filter optional
-- (NULL: all). "at" is formatted in the session's time zone (the business time zone).
SELECT l.log_id, strftime(l."at", '%Y-%m-%dT%H:%M:%S%z') AS "at", l.notice_id, l.rule, n.kind, l.channel, l.recipient,
       l.attempt, l.status, l.reason, n.metric, n.slice_type, n.slice, n.start_day::VARCHAR AS start_day,
       n.end_day::VARCHAR AS end_day, n.severity, n.recipient_employee_id
  FROM alert_log l
  LEFT JOIN alert_notices n USING (notice_id)
 WHERE ($rule::VARCHAR IS NULL OR l.rule = $rule)
   AND ($status::VARCHAR IS NULL OR l.status = $status)
   AND ($channel::VARCHAR IS NULL OR l.channel = $channel)
   AND ($notice_id::BIGINT IS NULL OR l.notice_id = $notice_id)
 ORDER BY l."at" DESC, l.log_id DESC
 LIMIT $limit;
