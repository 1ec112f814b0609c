import { describe, expect, it } from 'vitest';
import { nextLocalTime, quietHoursEnd } from '../../src/lib/server/alerts/clock.js';
import { backoffMs } from '../../src/lib/server/alerts/deliver.js';
import { dueTime } from '../../src/lib/server/alerts/notices.js';
import { ALERTS_DEFAULTS, type AlertRule } from '../../src/lib/config/alerts.js';

const SH = 'Asia/Shanghai';
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('local times for quiet hours and the digest', () => {
  it('ends overnight quiet hours (22:00-08:00) at the next 08:00, whichever side of midnight', () => {
    expect(iso(quietHoursEnd(new Date('2025-03-12T23:30:00+08:00'), { from: '22:00', to: '08:00' }, SH))).toBe('2025-03-13T00:00:00.000Z');
    expect(iso(quietHoursEnd(new Date('2025-03-13T03:00:00+08:00'), { from: '22:00', to: '08:00' }, SH))).toBe('2025-03-13T00:00:00.000Z');
    expect(quietHoursEnd(new Date('2025-03-13T08:00:00+08:00'), { from: '22:00', to: '08:00' }, SH)).toBeNull();
    expect(quietHoursEnd(new Date('2025-03-13T21:59:00+08:00'), { from: '22:00', to: '08:00' }, SH)).toBeNull();
  });

  it('ends daytime quiet hours (12:00-14:00) the same day; equal from and to is no quiet time', () => {
    expect(iso(quietHoursEnd(new Date('2025-03-13T12:00:00+08:00'), { from: '12:00', to: '14:00' }, SH))).toBe('2025-03-13T06:00:00.000Z');
    expect(quietHoursEnd(new Date('2025-03-13T14:00:00+08:00'), { from: '12:00', to: '14:00' }, SH)).toBeNull();
    expect(quietHoursEnd(new Date('2025-03-13T12:30:00+08:00'), { from: '12:00', to: '12:00' }, SH)).toBeNull();
  });

  it('finds the next local clock time across a daylight-saving change (Berlin, 30 March 2025: 02:00 → 03:00)', () => {
    // 18:00 on 29 March is UTC+1 (17:00Z); the next 08:00 is on 30 March, already UTC+2 (06:00Z)
    expect(iso(nextLocalTime(new Date('2025-03-29T17:00:00Z'), '18:00', 'Europe/Berlin'))).toBe('2025-03-29T17:00:00.000Z');
    expect(iso(nextLocalTime(new Date('2025-03-29T17:00:01Z'), '08:00', 'Europe/Berlin'))).toBe('2025-03-30T06:00:00.000Z');
  });

  it('puts an opened notice of a digest rule at the next digest time, pushed past quiet hours if they cover it', () => {
    const rule: AlertRule = { name: 'd', metric: 'tickets', slice_types: ['team'], min_severity: 'low', channels: ['x'], digest: true, enabled: true };
    const alerts = { ...ALERTS_DEFAULTS, digest_time: '23:00' };
    const created = new Date('2025-03-13T10:00:00+08:00');
    expect(iso(dueTime(created, rule, 'opened', alerts, SH))).toBe('2025-03-13T15:00:00.000Z');
    expect(iso(dueTime(created, { ...rule, quiet_hours: { from: '22:00', to: '07:30' } }, 'opened', alerts, SH))).toBe('2025-03-13T23:30:00.000Z');
    // a resolved notice does not wait for the digest
    expect(iso(dueTime(created, rule, 'resolved', alerts, SH))).toBe(created.toISOString());
  });

  it('backs off 2, 4, 8 s from the default configuration, capped at 60 s', () => {
    expect([2, 3, 4, 5, 6, 7, 8].map((attempt) => backoffMs(ALERTS_DEFAULTS.retry, attempt) / 1000)).toEqual([2, 4, 8, 16, 32, 60, 60]);
  });
});
