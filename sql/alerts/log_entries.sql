-- The alert log (issue 17): one row per delivery attempt, newest first, with the incident its notice tells of.
-- The scope placeholder below is the reader's scope over the notice's slice (src/lib/server/alerts/log-queries.ts).
SELECT l.log_id,
       strftime(l."at", '%Y-%m-%dT%H:%M:%S%z') AS "at",
       l.rule,
       n.notice_id,
       n.kind,
       n.metric,
       n.slice_type,
       n.slice,
       strftime(n.start_day, '%Y-%m-%d') AS start_day,
       strftime(n.end_day, '%Y-%m-%d') AS end_day,
       n.severity,
       l.channel,
       l.recipient,
       l.attempt,
       l.status,
       l.reason
  FROM alert_log l
  JOIN alert_notices n ON n.notice_id = l.notice_id
 WHERE ($rule::VARCHAR IS NULL OR l.rule = $rule)
   AND ($status::VARCHAR IS NULL OR l.status = $status)
   AND ({{scope}})
 ORDER BY l."at" DESC, l.log_id DESC
 LIMIT $limit OFFSET $offset
