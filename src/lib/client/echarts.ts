// Only the charts and components the dashboard draws: the rest of ECharts never reaches the browser.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, RadarComponent, TooltipComponent, VisualMapContinuousComponent, AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart, RadarChart,
  GridComponent, LegendComponent, MarkAreaComponent, RadarComponent, TooltipComponent, VisualMapContinuousComponent, AriaComponent, CanvasRenderer
]);

const axis = (text: string, line: string, split: string) => ({
  axisLine: { lineStyle: { color: line } },
  axisTick: { lineStyle: { color: line } },
  axisLabel: { color: text },
  splitLine: { lineStyle: { color: split } },
  nameTextStyle: { color: text }
});

function theme(dark: boolean) {
  const text = dark ? '#c9d1d9' : '#3b4252';
  const line = dark ? '#4b5563' : '#c0c6d0';
  const split = dark ? '#2a3240' : '#e8ebf0';
  return {
    color: dark
      ? ['#6ea8fe', '#f0b35a', '#5ccf9a', '#ef7b7b', '#b48ef0', '#5fd0d8', '#e89ac7', '#a3b18a']
      : ['#2f6fde', '#d4841c', '#1e9e6a', '#d64545', '#7c4dcc', '#1596a3', '#c2508c', '#6b7d3a'],
    backgroundColor: 'transparent',
    textStyle: { color: text, fontFamily: 'inherit' },
    legend: { textStyle: { color: text } },
    tooltip: {
      backgroundColor: dark ? '#1f2633' : '#ffffff',
      borderColor: line,
      textStyle: { color: dark ? '#e6edf3' : '#1f2430' }
    },
    categoryAxis: axis(text, line, split),
    valueAxis: axis(text, line, split),
    timeAxis: axis(text, line, split),
    radar: { axisName: { color: text }, axisLine: { lineStyle: { color: line } }, splitLine: { lineStyle: { color: split } }, splitArea: { show: false } },
    visualMap: { textStyle: { color: text } }
  };
}

echarts.registerTheme('opscore-light', theme(false));
echarts.registerTheme('opscore-dark', theme(true));

export { echarts };
