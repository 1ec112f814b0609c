-- The audit log, newest first, under the reader's filters ($appraisal_only: hr reads the appraisal entries only).
SELECT audit_id, strftime("at", '%Y-%m-%dT%H:%M:%S%z') AS "at", actor, roles, address, action, object_type, object_ids,
       strftime(month, '%Y-%m') AS month, detail::VARCHAR AS detail, outcome
  FROM audit_log
 WHERE ($actor::VARCHAR IS NULL OR actor = $actor)
   AND ($since::DATE IS NULL OR "at" >= $since::DATE)
   AND ($action::VARCHAR IS NULL OR action = $action)
   AND ($employee::VARCHAR IS NULL OR list_contains(object_ids, $employee))
   AND (NOT $appraisal_only OR object_type IN ('scorecard', 'explain', 'rating', 'ratings', 'annual', 'month', 'year', 'dispute', 'adjustment', 'history', 'payroll', 'completion', 'leniency', 'calibration'))
 ORDER BY audit_id DESC
 LIMIT $limit
