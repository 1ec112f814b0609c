/** Words of the Explore pivot, in English and Simplified Chinese; merged into i18n.ts. */
export const en = {
  'pivot.title': 'Pivot',
  'pivot.rows': 'Rows',
  'pivot.measure': 'Measure',
  'pivot.byPeriod': 'Periods as columns',
  'pivot.bySlice': 'Periods as rows',
  'pivot.value': 'Value',
  'pivot.records': 'Records',
  'pivot.total': 'Total',
  'pivot.period': 'Period',
  'pivot.download': 'Download pivot (CSV)',
  'pivot.noTotals': 'No totals: {metric} does not add up across cells (a percentile, mean or rate of a row is not the sum of its cells). The Company dimension gives the company-wide figure; record counts do add up.'
} as const;

export const zh: Record<keyof typeof en, string> = {
  'pivot.title': '透视表',
  'pivot.rows': '行',
  'pivot.measure': '度量',
  'pivot.byPeriod': '期间为列',
  'pivot.bySlice': '期间为行',
  'pivot.value': '指标值',
  'pivot.records': '记录数',
  'pivot.total': '合计',
  'pivot.period': '期间',
  'pivot.download': '下载透视表（CSV）',
  'pivot.noTotals': '不显示合计：{metric}不能跨单元格相加（分位数、均值或比率不是各单元格之和）。选择“公司”维度可得到全公司数值；记录数可以相加。'
};
