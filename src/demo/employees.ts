import { formatDay } from './calendar.js';
import type { CsvSink } from './csv-sink.js';
import type { World } from './world.js';

/** employees.csv: everyone on the roster over the window (draws nothing). */
export function writeEmployees(world: World, sink: CsvSink): void {
  for (const p of world.people) {
    sink.push([p.employeeId, p.name, p.team.name, p.role, p.managerId ?? '', String(p.customerFacing), formatDay(p.hiredOn), p.leftOn === null ? '' : formatDay(p.leftOn)]);
  }
}
