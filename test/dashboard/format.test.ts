import { describe, expect, it } from 'vitest';
import {
  DASH, changeDirection, formatChange, formatCoefficient, formatGrade, formatHours, formatMinutes, formatMoney,
  formatMoneyCompact, formatMonth, formatNumber, formatPercent, formatPointChange, formatRate, formatScore, formatTimestamp, formatValue
} from '../../src/lib/shared/format.js';

describe('numbers', () => {
  it('groups thousands and rounds to the asked digits', () => {
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,568');
    expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
    expect(formatNumber(1234.56, 'zh', 1)).toBe('1,234.6');
  });
  it('shows a dash for missing and non-finite values, never NaN', () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, '', 'abc']) {
      expect(formatNumber(value, 'en')).toBe(DASH);
      expect(formatMoney(value, 'zh')).toBe(DASH);
      expect(formatPercent(value, 'en')).toBe(DASH);
    }
  });
  it('reads numeric text and bigint', () => {
    expect(formatNumber('2500', 'en')).toBe('2,500');
    expect(formatNumber(12345n, 'en')).toBe('12,345');
  });
  it('always gives scores one decimal', () => {
    expect(formatScore(87, 'en')).toBe('87.0');
    expect(formatScore(87.46, 'en')).toBe('87.5');
  });
});

describe('money', () => {
  it('writes yuan with separators, cents only below a thousand', () => {
    expect(formatMoney(1234567.4, 'en')).toBe('¥1,234,567');
    expect(formatMoney(99.5, 'en')).toBe('¥99.50');
    expect(formatMoney(-2500, 'zh')).toBe('-¥2,500');
  });
  it('shortens to millions in English and 万 in Chinese', () => {
    expect(formatMoneyCompact(1234567, 'en')).toBe('¥1.2M');
    expect(formatMoneyCompact(1234567, 'zh')).toBe('¥123.5万');
  });
});

describe('percentages and changes', () => {
  it('formats 0-100 percentages and 0-1 rates alike', () => {
    expect(formatPercent(93.456, 'en')).toBe('93.5%');
    expect(formatRate(0.125, 'en')).toBe('12.5%');
  });
  it('signs relative changes and refuses a zero base', () => {
    expect(formatChange(110, 100, 'en')).toBe('+10.0%');
    expect(formatChange(90, 100, 'en')).toBe('-10.0%');
    expect(formatChange(100, 100, 'en')).toBe('±0.0%');
    expect(formatChange(5, 0, 'en')).toBe(DASH);
  });
  it('gives changes of percentages in points', () => {
    expect(formatPointChange(92.5, 90, 'en')).toBe('+2.5 pp');
    expect(formatPointChange(88, 90, 'zh')).toBe('-2.0个百分点');
  });
  it('tells the direction of a change', () => {
    expect(changeDirection(3, 2)).toBe('up');
    expect(changeDirection(1, 2)).toBe('down');
    expect(changeDirection(2, 2)).toBe('flat');
    expect(changeDirection(null, 2)).toBe(null);
  });
});

describe('durations', () => {
  it('picks seconds, minutes, hours or days from minutes', () => {
    expect(formatMinutes(0.75, 'en')).toBe('45 s');
    expect(formatMinutes(12.34, 'en')).toBe('12.3 min');
    expect(formatMinutes(150, 'en')).toBe('2.5 h');
    expect(formatMinutes(4320, 'en')).toBe('3 d');
    expect(formatMinutes(12.34, 'zh')).toBe('12.3分钟');
  });
  it('picks minutes, hours or days from hours', () => {
    expect(formatHours(0.5, 'en')).toBe('30 min');
    expect(formatHours(36.25, 'en')).toBe('36.3 h');
    expect(formatHours(72, 'zh')).toBe('3天');
  });
});

describe('calendar and grades', () => {
  it('names months in both languages', () => {
    expect(formatMonth('2025-06', 'en')).toBe('Jun 2025');
    expect(formatMonth('2025-06-01', 'zh')).toBe('2025年6月');
  });
  it('cuts timestamps to the minute', () => {
    expect(formatTimestamp('2025-06-03T09:15:42+08:00')).toBe('2025-06-03 09:15');
  });
  it('uses the policy’s Chinese grade names and says when there is no grade', () => {
    expect(['excellent', 'good', 'qualified', 'unqualified'].map((g) => formatGrade(g, 'zh'))).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(formatGrade('good', 'en')).toBe('Good');
    expect(formatGrade(null, 'zh')).toBe('数据不足');
    expect(formatGrade(null, 'en')).toBe('Insufficient data');
  });
  it('writes bonus coefficients as multipliers', () => {
    expect(formatCoefficient(1.5, 'en')).toBe('×1.5');
    expect(formatCoefficient(0, 'en')).toBe('×0.0');
  });
  it('dispatches by kind, with text for booleans and lists', () => {
    expect(formatValue(true, 'text', 'zh')).toBe('是');
    expect(formatValue(['learning', 'teamwork'], 'text', 'en')).toBe('learning, teamwork');
    expect(formatValue(0.5, 'rate', 'en')).toBe('50.0%');
  });
});
