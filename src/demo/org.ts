import type { Role } from '../lib/config/indicators.js';

/** What a team does: its members' role and the work they generate. */
export type TeamKind = 'sales' | 'service' | 'operations';

export interface TeamPlan {
  name: string;
  kind: TeamKind;
  /** Share of the staff (managers aside) in this team. */
  weight: number;
  /** Provinces its customers come from. */
  regions: readonly string[];
}

/** The demo company's teams, in id order: the first team's manager heads operations and the other managers report to her. */
export const TEAMS: readonly TeamPlan[] = [
  { name: '运营支持组', kind: 'operations', weight: 5, regions: ['上海', '江苏', '浙江', '广东', '北京', '四川', '湖北'] },
  { name: '华东销售一组', kind: 'sales', weight: 9, regions: ['上海', '江苏', '浙江', '安徽'] },
  { name: '华东销售二组', kind: 'sales', weight: 8, regions: ['上海', '江苏', '浙江', '安徽'] },
  { name: '华南销售组', kind: 'sales', weight: 8, regions: ['广东', '福建', '广西', '海南'] },
  { name: '客服一组', kind: 'service', weight: 9, regions: [] },
  { name: '客服二组', kind: 'service', weight: 8, regions: [] },
  { name: '渠道运营组', kind: 'operations', weight: 6, regions: ['北京', '天津', '山东', '河南', '四川', '湖北', '陕西'] }
];

export const MEMBER_ROLE: Record<TeamKind, Role> = {
  sales: 'sales',
  service: 'customer_service',
  operations: 'operations_specialist'
};

/** The team the new hire of the stories joins (replacing its leaver); the hire gets the last id. */
export const NEW_HIRE_TEAM = '华东销售二组';

/** Smallest company that still has every team and every story. */
export const MIN_EMPLOYEES = 2 * TEAMS.length + 2;

/** One seat of the organisation chart: who sits where, before names and talents are drawn. */
export interface Seat {
  employeeId: string;
  team: TeamPlan;
  role: Role;
  managerId: string | null;
  /** Position among the team's members (managers are -1). */
  memberIndex: number;
}

export function employeeId(n: number, total: number): string {
  return `E${String(n).padStart(Math.max(3, String(total).length), '0')}`;
}

/**
 * The organisation chart for `employees` people: every team a manager and members shared out by weight (largest
 * remainder), the new hire last. It depends only on the head count, so the stories' ids are known without generating.
 */
export function layoutSeats(employees: number): Seat[] {
  const members = employees - TEAMS.length - 1;
  const totalWeight = TEAMS.reduce((sum, team) => sum + team.weight, 0);
  const spare = members - TEAMS.length;
  const shares = TEAMS.map((team) => (spare * team.weight) / totalWeight);
  const counts = shares.map((share) => 1 + Math.floor(share));
  let left = members - counts.reduce((a, b) => a + b, 0);
  const order = shares.map((share, i) => ({ i, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  const seats: Seat[] = [];
  let n = 1;
  const headId = employeeId(1, employees);
  TEAMS.forEach((team, t) => {
    const managerId = employeeId(n++, employees);
    seats.push({ employeeId: managerId, team, role: 'operations_manager', managerId: t === 0 ? null : headId, memberIndex: -1 });
    for (let m = 0; m < counts[t]!; m++) {
      seats.push({ employeeId: employeeId(n++, employees), team, role: MEMBER_ROLE[team.kind], managerId, memberIndex: m });
    }
  });
  const hireTeam = TEAMS.find((team) => team.name === NEW_HIRE_TEAM)!;
  const hireManager = seats.find((seat) => seat.team === hireTeam && seat.memberIndex === -1)!;
  const hireIndex = seats.filter((seat) => seat.team === hireTeam).length - 1;
  seats.push({ employeeId: employeeId(n, employees), team: hireTeam, role: 'sales', managerId: hireManager.employeeId, memberIndex: hireIndex });
  return seats;
}

/** Common surnames and given-name characters: names are 姓 + 1 or 2 characters. */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '欧阳', '司马'
] as const;

export const GIVEN_CHARACTERS = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平',
  '刚', '桂', '英', '华', '玉', '萍', '红', '鹏', '辉', '建', '文', '斌', '宇', '浩', '凯', '婷', '雪', '琳', '晨', '欣',
  '佳', '怡', '子', '涵', '梓', '轩', '思', '雨', '嘉', '博', '俊', '晓', '海', '亮', '倩', '颖', '瑶', '昊', '然', '航'
] as const;
