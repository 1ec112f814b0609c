import { GRADE_NAMES_ZH, SUBJECTIVE_INDICATORS, type Grade } from '../lib/config/indicators.js';
import { daysInMonth, formatMonth, monthOfDay, monthStartDay, type MonthIndex } from './calendar.js';
import { employedShare, type Person } from './company.js';
import type { CsvSink } from './csv-sink.js';
import type { Random } from './random.js';
import type { StoryPlan } from './stories.js';

/** How far an employee's ratings lean, by rater type: people rate themselves kindly. */
const RATER_BIAS = { supervisor: 0, peer: 1.5, self: 5, customer: 2 } as const;
/** Teams whose manager writes grades in Chinese. */
const CHINESE_GRADING_TEAMS = new Set(['华南销售组', '客服二组']);

/** What the ratings are drawn from: the people, their stories, the ratings' random stream and per-person leanings. */
export interface RatingContext {
  people: Person[];
  plan: StoryPlan;
  start: MonthIndex;
  end: MonthIndex;
  random: Random;
  /** Per person and month: how the month's ratings lean (points). */
  monthNoise: number[][];
  /** Per person and indicator: a lasting strength or weakness (points). */
  indicatorLean: number[][];
  /** Customers known so far (customer raters are drawn from them). */
  customerCount: number;
  customerId: (customer: number) => string;
}

/** How a person's ratings move with their story in `month` for one indicator (rating points). */
function ratingShift(plan: StoryPlan, person: Person, month: MonthIndex, indicator: string): number {
  let shift = 0;
  if (person.employeeId === plan.starSeller.employeeId && month >= plan.starSeller.fromMonth) shift += 11;
  if (person.employeeId === plan.degradingAgent.employeeId && month >= plan.degradingAgent.fromMonth) {
    shift -= [6, 14, 19, 23, 27][month - plan.degradingAgent.fromMonth] ?? 27;
    if (indicator === 'communication' || indicator === 'responsibility' || indicator === 'discipline') shift -= 8;
  }
  if (person.employeeId === plan.newHire.employeeId) {
    if (indicator === 'expertise') shift -= 6;
    if (indicator === 'learning') shift += 8;
  }
  if (person.employeeId === plan.leaver.employeeId && month >= monthOfDay(plan.leaver.leftOn) - 1) {
    if (indicator === 'initiative') shift -= 9;
    if (indicator === 'teamwork') shift -= 4;
  }
  return shift;
}

/** 360° ratings every month: supervisor, 2-3 peers, self and (customer-facing staff) 1-2 customers, on all eight indicators. */
export async function writeRatings(sink: CsvSink, context: RatingContext): Promise<void> {
  const { people, plan, start, end, random } = context;
  for (let month = start; month <= end; month++) {
    const first = monthStartDay(month);
    const days = daysInMonth(month);
    const staff = people.filter((p) => employedShare(p, first, days) > 0);
    const period = formatMonth(month);
    for (const person of staff) {
      const raters: { id: string; type: keyof typeof RATER_BIAS; chinese: boolean; asScore: boolean }[] = [];
      const supervisor = person.managerId ?? 'BOARD';
      raters.push({ id: supervisor, type: 'supervisor', chinese: CHINESE_GRADING_TEAMS.has(people.find((p) => p.employeeId === supervisor)?.team.name ?? ''), asScore: random.chance(0.05) });
      for (const peer of choosePeers(person, staff, random)) raters.push({ id: peer.employeeId, type: 'peer', chinese: random.chance(0.15), asScore: random.chance(0.05) });
      raters.push({ id: person.employeeId, type: 'self', chinese: false, asScore: random.chance(0.05) });
      if (person.customerFacing) {
        const wanted = random.int(1, 2);
        const chosen = new Set<number>();
        for (let tries = 0; chosen.size < wanted && tries < 10; tries++) {
          const customer = person.customers.length > 0 ? random.pick(person.customers) : random.int(1, Math.max(1, context.customerCount));
          chosen.add(customer);
        }
        for (const customer of chosen) raters.push({ id: context.customerId(customer), type: 'customer', chinese: random.chance(0.5), asScore: random.chance(0.5) });
      }
      const base = 73.5 + 7.5 * person.talent + context.monthNoise[person.index]![month - start]!;
      for (const rater of raters) {
        SUBJECTIVE_INDICATORS.forEach((indicator, i) => {
          const latent = base + context.indicatorLean[person.index]![i]! + ratingShift(plan, person, month, indicator) + RATER_BIAS[rater.type] + 3.5 * random.normal();
          const grade = gradeOf(latent);
          const gradeText = rater.asScore ? '' : rater.chinese ? GRADE_NAMES_ZH[grade] : grade;
          const score = rater.asScore ? String(Math.round(Math.max(20, Math.min(100, latent)))) : '';
          sink.push([period, person.employeeId, rater.id, rater.type, indicator, gradeText, score]);
        });
      }
      await sink.flushIfFull();
    }
  }
}

/** Two or three colleagues, never the person's own supervisor: same role and team first, then same role, then anyone. */
function choosePeers(person: Person, staff: Person[], random: Random): Person[] {
  const candidates = staff.filter((p) => p !== person && p.employeeId !== person.managerId);
  const pools = [
    candidates.filter((p) => p.role === person.role && p.team === person.team),
    candidates.filter((p) => p.role === person.role && p.team !== person.team),
    candidates.filter((p) => p.role !== person.role)
  ];
  const wanted = random.int(2, 3);
  const chosen: Person[] = [];
  for (const pool of pools) {
    const left = [...pool];
    while (chosen.length < wanted && left.length > 0) chosen.push(left.splice(random.int(0, left.length - 1), 1)[0]!);
  }
  return chosen;
}

/** A rater's grade for a latent opinion (points): most land on good or qualified. */
function gradeOf(latent: number): Grade {
  if (latent >= 89) return 'excellent';
  if (latent >= 77) return 'good';
  if (latent >= 59) return 'qualified';
  return 'unqualified';
}
