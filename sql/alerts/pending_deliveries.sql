-- Notices due for delivery at $now (issue 17): opened, resolved and digest notices whose due time has come (after
-- quiet hours or at the digest time), except opened notices that wait for their rule's digest (payload.digest), with
-- the channels tried so far: failed attempts, the last attempt (epoch ms) and whether the channel is finished (sent,
-- or gave up). Notices finished on $max_channels channels (the most any rule has) are done and not read again; the
-- engine checks the rest against its rule's channels.
WITH tries AS (
  SELECT notice_id, channel,
         count(*) FILTER (WHERE status = 'failed')::INTEGER AS failures,
         epoch_ms(max("at")) AS last_at_ms,
         bool_or(status IN ('sent', 'gave_up')) AS finished
    FROM alert_log
   GROUP BY ALL
)
SELECT n.notice_id, n.rule, n.kind, n.recipient_employee_id, n.payload::VARCHAR AS payload,
       to_json(coalesce(list({'channel': t.channel, 'failures': t.failures, 'last_at_ms': t.last_at_ms, 'finished': t.finished})
                        FILTER (WHERE t.channel IS NOT NULL), []))::VARCHAR AS tries
  FROM alert_notices n
  LEFT JOIN tries t USING (notice_id)
 WHERE n.due_at <= $now::TIMESTAMPTZ
   AND n.kind IN ('opened', 'resolved', 'digest')
   AND coalesce(json_extract_string(n.payload, '$.digest'), 'false') <> 'true'
 GROUP BY n.notice_id, n.rule, n.kind, n.recipient_employee_id, n.payload::VARCHAR
HAVING count(*) FILTER (WHERE t.finished) < $max_channels
 ORDER BY n.notice_id;
