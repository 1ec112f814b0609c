-- Business time from the interval row an ASOF join found for instant t (ON i.clock = x.clock AND t >= i.open_from):
-- the clock's open microseconds up to t. No row (t before the first opening): 0. NULL t: NULL.
CREATE OR REPLACE MACRO cal_open_us_at(cum_before_us, open_from, open_to, t) AS
  CASE
    WHEN t IS NULL THEN NULL
    WHEN open_from IS NULL THEN 0
    ELSE cum_before_us + least(epoch_us(t), epoch_us(open_to)) - epoch_us(open_from)
  END;

-- due_at from the interval row an ASOF join found for a target of open microseconds (ON i.clock = x.clock AND
-- target_us > i.cum_before_us): the instant inside that interval where the clock reaches the target; NULL when the
-- target lies beyond the calendar's last opening.
CREATE OR REPLACE MACRO cal_due_at(cum_before_us, open_from, open_us, target_us) AS
  CASE WHEN target_us - cum_before_us <= open_us THEN open_from + to_microseconds((target_us - cum_before_us)::BIGINT) END;
