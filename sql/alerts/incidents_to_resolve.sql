-- Incidents rule $rule announced that have ended and whose end it has not announced: the series has a judged day
-- (not an unjudged special day) after the incident's last day, so the run of anomalous days is broken
-- (anomaly_incidents joins consecutive judged days only). The incident is read as it stands now (its end_day may have
-- moved since it opened); the opened notice's recipient and due time come along for the resolved notice.
SELECT n.notice_id AS opened_notice_id, n.recipient_employee_id,
       epoch_ms(n.due_at) AS opened_due_ms, n.payload::VARCHAR AS opened_payload,
       i.metric, i.slice_type, i.slice, i.start_day::VARCHAR AS start_day, i.end_day::VARCHAR AS end_day, i.days,
       i.peak_severity, i.peak_score, i.peak_day::VARCHAR AS peak_day, i.direction, d.value, d.expected
  FROM alert_notices n
  JOIN anomaly_incidents i ON i.metric = n.metric AND i.slice_type = n.slice_type AND i.slice = n.slice AND i.start_day = n.start_day
  LEFT JOIN anomaly_days d ON d.metric = i.metric AND d.slice_type = i.slice_type AND d.slice = i.slice AND d.day = i.peak_day
 WHERE n.rule = $rule AND n.kind = 'opened'
   AND NOT EXISTS (
         SELECT 1 FROM alert_notices r
          WHERE r.rule = n.rule AND r.kind = 'resolved' AND r.metric = n.metric AND r.slice_type = n.slice_type
            AND r.slice = n.slice AND r.start_day = n.start_day)
   AND EXISTS (
         SELECT 1 FROM anomaly_detector_input s
          WHERE s.metric = i.metric AND s.slice_type = i.slice_type AND s.slice = i.slice
            AND s.day > i.end_day AND s.unjudged_status IS NULL)
 ORDER BY n.notice_id;
