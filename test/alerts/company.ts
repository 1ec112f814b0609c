import { weekdayOf } from '../anomalies/fixture.js';

// A small company for the alert tests that go through real loads: a director above Support's lead and two agents.
export const EMPLOYEES = `employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on
D1,Director Du,Management,operations_manager,,false,2020-01-01,
M1,Lead Ma,Support,operations_manager,D1,false,2020-01-01,
E1,Agent One,Support,customer_service,M1,true,2021-01-01,
E2,Agent Two,Support,customer_service,M1,true,2021-01-01,
`;

/** Tickets of Support's two agents: `count(day, i)` a day, spread over the working hours (Asia/Shanghai). */
export function tickets(dayList: string[], count: (day: string, i: number) => number, offset = 0): string {
  const lines = ['ticket_id,channel,kind,employee_id,created_at,first_response_at,resolved_at,escalated'];
  dayList.forEach((day, i) => {
    const n = count(day, i + offset);
    for (let k = 0; k < n; k++) {
      const minute = 9 * 60 + Math.floor((k * 480) / n);
      const hh = String(Math.floor(minute / 60)).padStart(2, '0');
      const mm = String(minute % 60).padStart(2, '0');
      const mm2 = String((minute + 4) % 60).padStart(2, '0');
      const hh2 = String(Math.floor((minute + 4) / 60)).padStart(2, '0');
      lines.push(`T${day.replaceAll('-', '')}-${k},chat,inquiry,${k % 2 ? 'E1' : 'E2'},${day}T${hh}:${mm}:00+08:00,${day}T${hh2}:${mm2}:00+08:00,,false`);
    }
  });
  return `${lines.join('\n')}\n`;
}
const wiggle = (i: number) => Math.sin(i * 1.7) * 0.04 + Math.cos(i * 0.9) * 0.03;
export const usual = (day: string, i: number) => Math.round((weekdayOf(day) >= 5 ? 6 : 20) * (1 + wiggle(i)));

