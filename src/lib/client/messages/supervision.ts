/** Words of the supervision screens (Acquisition, Projects, Supervision), in English and Simplified Chinese; merged into i18n.ts. */
export const en = {
  'nav.acquisition': 'Acquisition',
  'nav.projects': 'Projects',
  'nav.supervision': 'Supervision',
  'acq.title': 'Customer acquisition',
  'acq.lead': 'Leads from first contact to order: the funnel by source and salesperson, how long leads wait for a first contact, and the contact-SLA breaches.',
  'acq.bySource': 'Funnel by source',
  'acq.bySalesperson': 'Funnel by salesperson',
  'acq.contactTimes': 'Time to first contact',
  'acq.breaches': 'Contact-SLA breaches',
  'acq.slowest': 'Slowest leads',
  'acq.unassigned': 'Unassigned',
  'proj.title': 'Project execution',
  'proj.lead': 'Milestones against their due days, the ones slipping, and each owner\'s projects by status at the latest record.',
  'proj.calendar': 'Milestone calendar',
  'proj.slipping': 'Slipping milestones',
  'proj.owners': 'Projects by owner and status',
  'sup.title': 'Rectification tracking',
  'sup.lead': 'Findings from inspections, anomalies and complaints: the open ones overdue first, on-time-and-effective rates by team and process, and inspection scores by team over the months.',
  'sup.open': 'Open findings',
  'sup.byTeam': 'Rectification by team',
  'sup.byProcess': 'Rectification by process',
  'sup.inspections': 'Inspection scores by team',
  'sup.open.finding': 'Open a finding',
  'sup.markFixed': 'Mark fixed',
  'sup.verifyEffective': 'Effective',
  'sup.verifyIneffective': 'Ineffective',
  'sup.owner': 'Owner',
  'sup.dueOn': 'Due on',
  'sup.severity': 'Severity',
  'sup.process': 'Process',
  'sup.submit': 'Open finding',
  'sup.done': 'Saved',
  'sup.fromIncident': 'Open a finding from this incident'
} as const;

export const zh: Record<keyof typeof en, string> = {
  'nav.acquisition': '客户获取',
  'nav.projects': '项目执行',
  'nav.supervision': '整改跟踪',
  'acq.title': '客户获取',
  'acq.lead': '线索从首次联系到成交：按来源和销售人员的漏斗、线索等待首次联系的时长，以及联系时限超时。',
  'acq.bySource': '按来源的漏斗',
  'acq.bySalesperson': '按销售人员的漏斗',
  'acq.contactTimes': '首次联系时长',
  'acq.breaches': '联系超时的线索',
  'acq.slowest': '等待最久的线索',
  'acq.unassigned': '未分配',
  'proj.title': '项目执行',
  'proj.lead': '里程碑与截止日对照、延误的里程碑，以及截至最新记录各负责人的项目状态。',
  'proj.calendar': '里程碑日历',
  'proj.slipping': '延误的里程碑',
  'proj.owners': '按负责人和状态的项目',
  'sup.title': '整改跟踪',
  'sup.lead': '来自检查、异常和投诉的问题：未关闭的问题逾期优先，按团队和流程的按期有效整改率，以及各团队逐月的检查得分。',
  'sup.open': '未关闭的问题',
  'sup.byTeam': '按团队的整改',
  'sup.byProcess': '按流程的整改',
  'sup.inspections': '各团队检查得分',
  'sup.open.finding': '登记问题',
  'sup.markFixed': '标记已整改',
  'sup.verifyEffective': '有效',
  'sup.verifyIneffective': '无效',
  'sup.owner': '责任人',
  'sup.dueOn': '整改期限',
  'sup.severity': '严重程度',
  'sup.process': '流程',
  'sup.submit': '登记问题',
  'sup.done': '已保存',
  'sup.fromIncident': '就此异常登记问题'
};

/** Names of the supervision codes (sources, processes, statuses, metrics), read by i18n's term(). */
export const terms: Record<'en' | 'zh', Record<string, string>> = {
  en: {
    web_form: 'Web form', event: 'Event', referral: 'Referral',
    customer_acquisition: 'Customer acquisition', order_processing: 'Order processing', data_analysis: 'Data analysis', project_execution: 'Project execution',
    inspection: 'Inspection', anomaly: 'Anomaly', audit: 'Audit', app: 'App',
    on_time: 'On time', late: 'Late', on_time_effective: 'On time and effective', failed: 'Failed', withdrawn: 'Withdrawn',
    open: 'Open', reopened: 'Reopened', awaiting_verification: 'Awaiting verification', effective: 'Effective', ineffective: 'Ineffective',
    converted: 'Converted', not_converted: 'Not converted', unlinked: 'Unlinked',
    // metric and measure names (lead_contact_sla_pct, inspection_score, findings_fix_days_mean, ...) come from the catalog
    leads: 'Leads', rectification: 'Rectification', milestones: 'Milestones'
  },
  zh: {
    web_form: '网页表单', event: '活动', referral: '转介绍',
    customer_acquisition: '客户获取', order_processing: '订单处理', data_analysis: '数据分析', project_execution: '项目执行',
    inspection: '检查', anomaly: '异常', audit: '审计', app: '系统登记',
    on_time: '按期', late: '延误', on_time_effective: '按期有效', failed: '未达标', withdrawn: '已撤销',
    open: '未整改', reopened: '已重开', awaiting_verification: '待验证', effective: '有效', ineffective: '无效',
    converted: '已成交', not_converted: '未成交', unlinked: '未关联',
    leads: '线索', rectification: '整改', milestones: '里程碑'
  }
};

/** Column names of the supervision reads' rows, read by i18n's fieldName(). */
export const fields: Record<'en' | 'zh', Record<string, string>> = {
  en: {
    lead_id: 'Lead', source: 'Source', contacted: 'Contacted', qualified: 'Qualified', converted: 'Converted', lost: 'Lost',
    first_contact_at: 'First contact', waited_hours: 'Waited (h)', sla_business_hours: 'SLA clock (h)', sla_limit_hours: 'SLA limit (h)',
    conversion_status: 'Conversion', converted_order_id: 'Order', first_contact_p50_minutes: 'First contact p50', first_contact_p90_minutes: 'First contact p90',
    project_id: 'Project', project_name: 'Project name', milestone_id: 'Milestone', owner: 'Owner', due_on: 'Due on', done_on: 'Done on',
    status: 'Status', slip_days: 'Slip (days)', projects: 'Projects', on_time: 'On time', late: 'Late', project_statuses: 'Projects',
    finding_id: 'Finding', process: 'Process', source_ref: 'Source ref', found_at: 'Found', state: 'State', overdue: 'Overdue',
    age_days: 'Age (days)', findings: 'Findings', on_time_effective: 'On time, effective', failed: 'Failed', withdrawn: 'Withdrawn',
    leads: 'Leads', sla_within: 'Within SLA', sla_breach: 'Breached', sla_pending: 'Pending', month: 'Month'
  },
  zh: {
    lead_id: '线索', source: '来源', contacted: '已联系', qualified: '已确认', converted: '已成交', lost: '已流失',
    first_contact_at: '首次联系', waited_hours: '等待（小时）', sla_business_hours: '计时（小时）', sla_limit_hours: '时限（小时）',
    conversion_status: '成交关联', converted_order_id: '订单', first_contact_p50_minutes: '首次联系 p50', first_contact_p90_minutes: '首次联系 p90',
    project_id: '项目', project_name: '项目名称', milestone_id: '里程碑', owner: '负责人', due_on: '截止日', done_on: '完成日',
    status: '状态', slip_days: '延误（天）', projects: '项目数', on_time: '按期', late: '延误', project_statuses: '项目',
    finding_id: '问题', process: '流程', source_ref: '来源记录', found_at: '发现时间', state: '状态', overdue: '逾期',
    age_days: '已开天数', findings: '问题数', on_time_effective: '按期有效', failed: '未达标', withdrawn: '已撤销',
    leads: '线索', sla_within: '达标', sla_breach: '超时', sla_pending: '待定', month: '月份'
  }
};
