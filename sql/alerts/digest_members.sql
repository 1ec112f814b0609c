-- Opened notices waiting for their rule's digest (payload.digest) whose digest time has come at $now and that no
-- digest has gathered yet (payload.digest_notice_id), oldest first: the flush gathers them into one digest notice per
-- rule and recipient.
SELECT notice_id, rule, recipient_employee_id, payload::VARCHAR AS payload
  FROM alert_notices
 WHERE kind = 'opened'
   AND due_at <= $now::TIMESTAMPTZ
   AND coalesce(json_extract_string(payload, '$.digest'), 'false') = 'true'
   AND json_extract_string(payload, '$.digest_notice_id') IS NULL
 ORDER BY notice_id;
