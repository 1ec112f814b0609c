-- How long leads created in the range waited for their first contact (clock time), in buckets; the last bucket holds
-- the leads never contacted (lost, or still waiting at the latest timestamp).
WITH bucketed AS (
  SELECT
    CASE
      WHEN first_contact_minutes IS NULL THEN 6
      WHEN first_contact_minutes <= 60 THEN 1
      WHEN first_contact_minutes <= 240 THEN 2
      WHEN first_contact_minutes <= 1440 THEN 3
      WHEN first_contact_minutes <= 4320 THEN 4
      ELSE 5
    END AS position
  FROM fct_leads
  WHERE {{where}}
),
buckets(position, bucket) AS (
  VALUES (1, '<= 1 h'), (2, '1-4 h'), (3, '4-24 h'), (4, '1-3 d'), (5, '> 3 d'), (6, 'not contacted')
)
SELECT b.bucket, count(x.position) AS leads,
       100.0 * count(x.position) / nullif(sum(count(x.position)) OVER (), 0) AS share_pct
FROM buckets b
LEFT JOIN bucketed x ON x.position = b.position
GROUP BY b.position, b.bucket
ORDER BY b.position
