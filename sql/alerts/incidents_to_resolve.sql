-- Incidents rule $rule announced whose end it has not announced yet, and that have ended. The announced incident is
-- the one of the same series that still holds the opened notice's first day (a reload may have moved its start or
-- end). It has ended when the series has a judged day (not an unjudged special day) after its last day: the run is
-- broken (anomaly_incidents joins consecutive judged days only). When no incident holds that day any more (corrected
-- data no longer anomalous), it has ended once the series has been judged through that day; then `gone` is true and
-- the incident's columns are NULL (the opened notice's payload tells of it). The opened notice's recipient and due
-- time come along for the resolved notice.
WITH waiting AS (
  SELECT n.notice_id, n.metric, n.slice_type, n.slice, n.start_day, n.recipient_employee_id, n.due_at, n.payload
    FROM alert_notices n
   WHERE n.rule = $rule AND n.kind = 'opened'
     AND NOT EXISTS (
           SELECT 1 FROM alert_notices r
            WHERE r.rule = n.rule AND r.kind = 'resolved' AND r.metric = n.metric AND r.slice_type = n.slice_type
              AND r.slice = n.slice AND r.start_day = n.start_day)
), matched AS (
  SELECT w.*, i.start_day AS incident_start, i.end_day AS incident_end, i.days, i.peak_severity, i.peak_score,
         i.peak_day, i.direction
    FROM waiting w
    LEFT JOIN anomaly_incidents i
      ON i.metric = w.metric AND i.slice_type = w.slice_type AND i.slice = w.slice
     AND w.start_day BETWEEN i.start_day AND i.end_day
)
SELECT m.notice_id AS opened_notice_id, m.recipient_employee_id, epoch_ms(m.due_at) AS opened_due_ms,
       m.payload::VARCHAR AS opened_payload, m.incident_start IS NULL AS gone,
       m.metric, m.slice_type, m.slice, m.start_day::VARCHAR AS opened_start_day,
       m.incident_start::VARCHAR AS start_day, m.incident_end::VARCHAR AS end_day, m.days, m.peak_severity,
       m.peak_score, m.peak_day::VARCHAR AS peak_day, m.direction, d.value, d.expected
  FROM matched m
  LEFT JOIN anomaly_days d ON d.metric = m.metric AND d.slice_type = m.slice_type AND d.slice = m.slice AND d.day = m.peak_day
 WHERE EXISTS (
         SELECT 1 FROM anomaly_detector_input s
          WHERE s.metric = m.metric AND s.slice_type = m.slice_type AND s.slice = m.slice AND s.unjudged_status IS NULL
            AND (s.day > m.incident_end OR (m.incident_start IS NULL AND s.day >= m.start_day)))
 ORDER BY m.notice_id;
