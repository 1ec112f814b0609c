import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY, formatDay, formatInstant, formatMonth, HOUR, MINUTE, monthStartDay, weekday, type MonthIndex } from './calendar.js';
import { isEmployed, type Person } from './company.js';
import { CsvSink } from './csv-sink.js';
import { Random } from './random.js';

/**
 * The demo company's process supervision (SPEC 9): leads, projects and milestones, inspections and findings, written
 * after the seven core files (leads convert to the demo's own sales, read back from sales.csv). Deterministic: one
 * seeded stream, no clock. Every instant lies before the 25th of the last month, so the latest timestamp L (and with it
 * every SLA status of the core data) is what it was without these files.
 *
 * The stories (docs/demo.md):
 * - cold leads: the first salesperson of 华东销售二组 lets leads go cold for weeks in the last four months;
 * - a slipping project: 渠道系统升级 of 渠道运营组's manager, whose milestones slip more and more, the last one undone;
 * - a team that improves: 华南销售组's order-processing inspections score in the 60s while its orders are slow, its
 *   findings are fixed in time and verified effective, and the last two months score in the high 80s;
 * - a fix that did not hold: a finding of 客服一组's first agent verified ineffective and reopened, open again and overdue.
 */
export const SUPERVISION_DATASETS = ['leads', 'projects', 'milestones', 'inspections', 'findings'] as const;
export type SupervisionDataset = (typeof SUPERVISION_DATASETS)[number];

export const SUPERVISION_COLUMNS: Record<SupervisionDataset, string[]> = {
  leads: ['lead_id', 'created_at', 'source', 'employee_id', 'first_contact_at', 'qualified_at', 'converted_order_id', 'lost_at', 'lost_reason'],
  projects: ['project_id', 'name', 'employee_id', 'started_on', 'planned_end_on', 'closed_on', 'accepted', 'cancelled_on'],
  milestones: ['project_id', 'milestone_id', 'name', 'employee_id', 'due_on', 'done_on', 'cancelled_on'],
  inspections: ['inspection_id', 'inspected_at', 'process', 'team', 'employee_id', 'inspector', 'score', 'findings_count'],
  findings: ['finding_id', 'found_at', 'source', 'source_ref', 'process', 'employee_id', 'severity', 'due_on', 'fixed_at',
    'verified_at', 'verdict', 'reopened_at', 'withdrawn_at']
};

export const COLD_LEADS_TEAM = '华东销售二组';
export const SLIPPING_PROJECT_TEAM = '渠道运营组';
export const SLIPPING_PROJECT_NAME = '渠道系统升级';
export const IMPROVING_TEAM = '华南销售组';
export const REOPENED_FINDING_TEAM = '客服一组';

const LEADS_PER_SELLER_MONTH = 8;
const SOURCES = ['web_form', 'phone', 'event', 'referral', 'other'] as const;
const SOURCE_WEIGHTS = [0.45, 0.25, 0.12, 0.12, 0.06];
const PROCESS_OF_KIND = { sales: 'customer_acquisition', service: 'customer_service', operations: 'order_processing' } as const;
const INSPECTORS = ['内审部 刘审计', '质量部 周检查', '流程监控岗 吴监控'];

export interface SupervisionInput {
  seed: number;
  people: Person[];
  start: MonthIndex;
  end: MonthIndex;
  outDir: string;
  /** The core sales file just written (order_id, sold_at, employee_id first). */
  salesFile: string;
}

export interface SupervisionResult {
  files: Record<SupervisionDataset, string>;
  rows: Record<SupervisionDataset, number>;
}

/** Local milliseconds of day `day` at `hour` (fractional hours allowed). */
const at = (day: number, hour: number) => day * DAY + Math.round(hour * HOUR);

export async function writeDemoSupervision(input: SupervisionInput): Promise<SupervisionResult> {
  const files = Object.fromEntries(SUPERVISION_DATASETS.map((d) => [d, join(input.outDir, `${d}.csv`)])) as Record<SupervisionDataset, string>;
  const sinks = Object.fromEntries(SUPERVISION_DATASETS.map((d) => [d, new CsvSink(files[d], SUPERVISION_COLUMNS[d])])) as Record<SupervisionDataset, CsvSink>;
  try {
    const writer = new SupervisionWriter(input, sinks);
    writer.leads();
    writer.projects();
    writer.inspectionsAndFindings();
  } finally {
    for (const sink of Object.values(sinks)) await sink.close();
  }
  return { files, rows: Object.fromEntries(SUPERVISION_DATASETS.map((d) => [d, sinks[d].rows])) as Record<SupervisionDataset, number> };
}

class SupervisionWriter {
  private random: Random;
  /** No instant after this one: L stays the core data's. */
  private cutoff: number;
  private cutoffDay: number;
  private firstDay: number;

  constructor(
    private input: SupervisionInput,
    private sinks: Record<SupervisionDataset, CsvSink>
  ) {
    this.random = new Random(input.seed, 'supervision');
    this.firstDay = monthStartDay(input.start);
    this.cutoffDay = monthStartDay(input.end) + 23;
    this.cutoff = at(this.cutoffDay, 18);
  }

  private members(team: string) {
    return this.input.people.filter((p) => p.team.name === team && p.role !== 'operations_manager');
  }
  private manager(team: string) {
    return this.input.people.find((p) => p.team.name === team && p.role === 'operations_manager')!;
  }
  private pickWeighted<T>(items: readonly T[], weights: readonly number[]): T {
    let r = this.random.next() * weights.reduce((a, b) => a + b, 0);
    for (const [i, item] of items.entries()) if ((r -= weights[i]!) < 0) return item;
    return items.at(-1)!;
  }
  /** A working-day instant in month `month` between 09:00 and 18:00. */
  private workInstant(month: MonthIndex): number {
    const first = monthStartDay(month);
    const days = monthStartDay(month + 1) - first;
    let day = first + this.random.int(0, days - 1);
    while (weekday(day) >= 5) day = day - 1 >= first ? day - 1 : day + 2;
    return at(day, this.random.uniform(9, 18));
  }

  /** Sales of the demo, per seller in time order (the first three columns of sales.csv never need quoting). */
  private salesBySeller(): Map<string, { orderId: string; soldAt: number }[]> {
    const bySeller = new Map<string, { orderId: string; soldAt: number }[]>();
    const lines = readFileSync(this.input.salesFile, 'utf8').split('\n');
    for (const line of lines.slice(1)) {
      const [orderId, soldAt, employeeId] = line.split(',', 3);
      if (!orderId || !soldAt || !employeeId) continue;
      // sold_at is local time with +08:00: read its wall clock back as local milliseconds
      const local = Date.parse(`${soldAt.slice(0, 19)}Z`);
      if (!Number.isFinite(local)) continue;
      const list = bySeller.get(employeeId) ?? [];
      list.push({ orderId, soldAt: local });
      bySeller.set(employeeId, list);
    }
    for (const list of bySeller.values()) list.sort((a, b) => a.soldAt - b.soldAt);
    return bySeller;
  }

  leads(): void {
    const sales = this.salesBySeller();
    const claimed = new Set<string>();
    const sellers = this.input.people.filter((p) => p.role === 'sales');
    const cold = this.members(COLD_LEADS_TEAM).find((p) => p.role === 'sales');
    const coldFrom = this.input.end - 3;
    let n = 0;
    for (let month = this.input.start; month <= this.input.end; month++) {
      for (const seller of [...sellers, null]) {
        const count = seller === null ? 3 : LEADS_PER_SELLER_MONTH; // a few leads stay unassigned
        for (let i = 0; i < count; i++) {
          const created = this.workInstant(month) - this.random.int(0, 5) * HOUR; // some arrive early morning or overnight
          if (created > this.cutoff || created < this.firstDay * DAY) continue;
          if (seller && !isEmployed(seller, Math.floor(created / DAY))) continue;
          n++;
          const leadId = `LD${String(n).padStart(6, '0')}`;
          const source = this.pickWeighted(SOURCES, SOURCE_WEIGHTS);
          const goingCold = seller !== null && seller === cold && month >= coldFrom;
          // Usually contacted within a few working hours; the cold seller waits days to weeks, or never calls.
          let contactAt: number | null = null;
          if (goingCold) {
            if (!this.random.chance(0.35)) contactAt = created + this.random.int(4, 21) * DAY + this.random.int(0, 8) * HOUR;
          } else if (seller !== null || this.random.chance(0.5)) {
            const hours = Math.exp(Math.log(2.5) + 1.1 * this.random.normal());
            contactAt = created + Math.round(Math.min(hours, 200) * HOUR);
          }
          if (contactAt !== null && contactAt > this.cutoff) contactAt = null;
          const qualifiedAt = contactAt !== null && this.random.chance(0.55) ? contactAt + this.random.int(1, 72) * HOUR : null;
          // About a third of qualified leads convert to one of the seller's own later sales.
          let orderId = '';
          if (seller && qualifiedAt !== null && qualifiedAt <= this.cutoff && this.random.chance(goingCold ? 0.2 : 0.6)) {
            const own = sales.get(seller.employeeId) ?? [];
            const later = own.filter((s) => s.soldAt >= qualifiedAt && s.soldAt <= qualifiedAt + 45 * DAY && !claimed.has(s.orderId));
            if (later.length > 0) {
              orderId = later[Math.min(later.length - 1, this.random.int(0, 3))]!.orderId;
              claimed.add(orderId);
            }
          }
          const lost = orderId === '' && this.random.chance(goingCold ? 0.5 : 0.25);
          let lostAt = lost ? (qualifiedAt ?? contactAt ?? created) + this.random.int(2, 30) * DAY : null;
          if (lostAt !== null && lostAt > this.cutoff) lostAt = null;
          this.sinks.leads.push([
            leadId, formatInstant(created), source, seller?.employeeId ?? '', contactAt === null ? '' : formatInstant(contactAt),
            qualifiedAt === null || qualifiedAt > this.cutoff ? '' : formatInstant(qualifiedAt), orderId,
            lostAt === null ? '' : formatInstant(lostAt), lostAt === null ? '' : this.random.pick(['no budget', 'chose a competitor', 'no reply', 'spam'])
          ]);
        }
      }
    }
  }

  projects(): void {
    const owners = [this.manager('运营支持组'), this.manager(SLIPPING_PROJECT_TEAM)];
    const names = ['仓储流程优化', '客户数据清洗', '供应商评估', '培训体系建设', '报表自动化', '区域渠道拓展', '售后流程梳理', '价格体系调整'];
    const steps = ['需求确认', '方案设计', '实施', '验收'];
    let p = 0;
    // One project per owner starting each quarter, four milestones a month apart; most on time, some a few days late.
    for (let month = this.input.start; month + 3 <= this.input.end; month += 3) {
      for (const owner of owners) {
        p++;
        const projectId = `PJ${String(p).padStart(3, '0')}`;
        const started = monthStartDay(month) + this.random.int(0, 9);
        const plannedEnd = started + 4 * 28 + 7; // a week after the last milestone, for the acceptance
        const team = this.members(owner.team.name);
        let lastDone: number | null = started;
        for (const [i, step] of steps.entries()) {
          const due = started + (i + 1) * 28;
          const slip = this.random.chance(0.2) ? this.random.int(1, 6) : -this.random.int(0, 3);
          const done: number | null = lastDone !== null && due + slip <= this.cutoffDay ? due + slip : null;
          lastDone = done;
          const member = team.length ? team[(p + i) % team.length]! : owner;
          this.sinks.milestones.push([projectId, `M${i + 1}`, step, member.employeeId, formatDay(due), done === null ? '' : formatDay(done), '']);
        }
        const closed = lastDone !== null ? lastDone + this.random.int(0, 4) : null;
        const closedOn = closed !== null && closed <= this.cutoffDay ? closed : null;
        const accepted = closedOn === null ? '' : this.random.chance(0.9) ? 'true' : closedOn + 7 <= this.cutoffDay ? 'false' : '';
        this.sinks.projects.push([projectId, this.random.pick(names), owner.employeeId, formatDay(started), formatDay(plannedEnd),
          closedOn === null ? '' : formatDay(closedOn), accepted, '']);
      }
    }
    // The slipping project: started six months before the end, each milestone later than the one before, the last undone.
    const owner = this.manager(SLIPPING_PROJECT_TEAM);
    const team = this.members(SLIPPING_PROJECT_TEAM);
    const started = monthStartDay(this.input.end - 5) + 2;
    const slips = [3, 9, 16, null];
    for (const [i, slip] of slips.entries()) {
      const due = started + (i + 1) * 30;
      const done = slip === null ? null : due + slip;
      this.sinks.milestones.push(['PJ-SLIP', `M${i + 1}`, ['需求确认', '接口开发', '数据迁移', '上线验收'][i]!, (team[i % Math.max(1, team.length)] ?? owner).employeeId,
        formatDay(due), done === null || done > this.cutoffDay ? '' : formatDay(done), '']);
    }
    this.sinks.projects.push(['PJ-SLIP', SLIPPING_PROJECT_NAME, owner.employeeId, formatDay(started), formatDay(started + 120), '', '', '']);
  }

  inspectionsAndFindings(): void {
    const teams = [...new Set(this.input.people.map((p) => p.team.name))];
    let inspection = 0;
    let finding = 0;
    const improvingBad = this.input.end - 5;
    const improvingFixed = this.input.end - 2;
    for (let month = this.input.start; month <= this.input.end; month++) {
      for (const team of teams) {
        const kind = this.input.people.find((p) => p.team.name === team)!.team.kind;
        const process = PROCESS_OF_KIND[kind];
        const when = Math.min(at(monthStartDay(month) + 14 + this.random.int(0, 6), 10), this.cutoff - DAY);
        const day = Math.floor(when / DAY);
        const story = team === IMPROVING_TEAM && month >= improvingBad;
        // The improving team scores in the 60s until its findings are fixed, then in the high 80s.
        const score = story
          ? month < improvingFixed ? 62 + this.random.int(0, 7) : 86 + this.random.int(0, 5)
          : Math.round(Math.max(55, Math.min(98, 81 + 6 * this.random.normal())));
        const found = story && month < improvingFixed ? 3 : score < 75 ? this.random.int(1, 2) : this.random.chance(0.3) ? 1 : 0;
        inspection++;
        const inspectionId = `IN${String(inspection).padStart(5, '0')}`;
        this.sinks.inspections.push([inspectionId, formatInstant(when), story ? 'order_processing' : process, team, '',
          this.random.pick(INSPECTORS), String(score), String(found)]);
        const members = this.members(team).filter((p) => isEmployed(p, day));
        for (let f = 0; f < found && members.length > 0; f++) {
          finding++;
          const owner = members[this.random.int(0, members.length - 1)]!;
          const due = day + 14;
          // Fixed in time and verified effective mostly (always for the story team); a few late, a few ineffective.
          const late = !story && this.random.chance(0.15);
          const fixedDay = late ? due + this.random.int(1, 10) : day + this.random.int(2, 13);
          const fixed = at(fixedDay, 16) <= this.cutoff ? at(fixedDay, 16) : null;
          const verified = fixed !== null && at(fixedDay + 2, 11) <= this.cutoff ? at(fixedDay + 2, 11) : null;
          const verdict = verified === null ? '' : story || this.random.chance(0.9) ? 'effective' : 'ineffective';
          this.sinks.findings.push([`FD${String(finding).padStart(5, '0')}`, formatInstant(when + HOUR), 'inspection', inspectionId,
            story ? 'order_processing' : process, owner.employeeId, this.random.pick(['low', 'medium', 'medium', 'high']), formatDay(due),
            fixed === null ? '' : formatInstant(fixed), verified === null ? '' : formatInstant(verified), verdict, '', '']);
        }
      }
    }
    // The fix that did not hold: found three months before the end, fixed, verified ineffective and reopened; the row holds
    // that state (the voided fix and verdict stay visible), so the finding is open again, overdue, and failed.
    const agent = this.members(REOPENED_FINDING_TEAM).find((p) => p.role === 'customer_service');
    if (agent) {
      const foundDay = monthStartDay(this.input.end - 3) + 5;
      this.sinks.findings.push(['FD-REOPEN', formatInstant(at(foundDay, 10)), 'complaint', '', 'customer_service', agent.employeeId, 'high',
        formatDay(foundDay + 10), formatInstant(at(foundDay + 6, 15)), formatInstant(at(foundDay + 8, 11)), 'ineffective',
        formatInstant(at(foundDay + 9, 10)), '']);
    }
  }
}

/** The month of the first cold lead, for docs and tests. */
export const coldLeadsFrom = (end: MonthIndex): string => formatMonth(end - 3);
