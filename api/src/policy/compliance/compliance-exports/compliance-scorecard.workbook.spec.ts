import ExcelJS from 'exceljs';
import type { ComplianceCell, ComplianceScorecard } from '@yibao/shared';
import { complianceScorecardWorkbook, SCORECARD_SHEETS } from './compliance-scorecard.workbook';

const cell = (over: Partial<ComplianceCell>): ComplianceCell => ({
  regionCode: '450202',
  period: '2026-10',
  indicatorId: 'ENR-1',
  numerator: 0,
  denominator: 0,
  value: null,
  status: 'no_data',
  threshold: 0.99,
  previousValue: null,
  arrow: null,
  frozen: false,
  changedSinceFrozen: false,
  liveNumerator: null,
  liveDenominator: null,
  openActions: 0,
  comments: 0,
  ...over,
});

describe('the scorecard workbook', () => {
  const scorecard: ComplianceScorecard = {
    regionCode: '450200',
    period: '2026-10',
    runId: 1,
    computedAt: '2026-11-01T02:00:00.000Z',
    snapshotId: null,
    indicators: ['ENR-1', 'OVP-2'],
    rows: [
      {
        regionCode: '450200',
        regionName: '柳州市',
        level: 'city',
        parentCode: '450000',
        depth: 0,
        hasChildren: true,
        cells: {
          'ENR-1': cell({ regionCode: '450200', numerator: 985, denominator: 1000, value: 0.985, status: 'red', arrow: 'down', previousValue: 0.995 }),
          'OVP-2': cell({ regionCode: '450200', indicatorId: 'OVP-2', numerator: 0, denominator: 50, value: 0, status: 'green', threshold: 0 }),
        },
        redCount: 1,
      },
      {
        regionCode: '450202',
        regionName: '城中区',
        level: 'county',
        parentCode: '450200',
        depth: 1,
        hasChildren: false,
        cells: { 'ENR-1': cell({ numerator: 992, denominator: 1000, value: 0.992, status: 'green', changedSinceFrozen: true }) },
        redCount: 0,
      },
    ],
    average: { 'ENR-1': 0.992, 'OVP-2': null },
  };

  async function built() {
    const wb = new ExcelJS.Workbook();
    complianceScorecardWorkbook(wb, { scorecard, regionName: '柳州市', today: '2026-11-02', actions: [], regionNames: new Map() });
    return wb;
  }

  it('gives every cell its status as text with a sign and its value, and the colour as well (never colour alone)', async () => {
    const wb = await built();
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SCORECARD_SHEETS]);
    const ws = wb.worksheets[0];
    expect(ws.getCell(3, 2).value).toBe('ENR-1 农村低收入人口和脱贫人口参保率');
    expect(ws.getCell(4, 1).value).toBe('柳州市');
    expect(ws.getCell(4, 2).value).toBe('✗ 未达标 98.5% ↓');
    expect((ws.getCell(4, 2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell(4, 3).value).toBe('✓ 达标 0');
    expect((ws.getCell(4, 3).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(ws.getCell(5, 1).value).toBe('　城中区');
    expect(ws.getCell(5, 2).value).toBe('✓ 达标 99.2% ※冻结后数据有变动');
    // a cell without a figure says so in words
    expect(ws.getCell(5, 3).value).toBe('– 无数据');
    expect((ws.getCell(5, 3).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF2F2F2');
    expect(ws.getCell(4, 4).value).toBe(1);
    expect(ws.getCell(6, 1).value).toBe('平均（下级地区）');
    expect(ws.getCell(6, 2).value).toBe('99.2%');
    // the legend names each status in words beside its colour
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toEqual(expect.arrayContaining(['图例（颜色与文字同时标示）', '✓ 达标', '! 临界', '✗ 未达标', '– 无数据']));
  });

  it('lists the shown indicators with their lines and sources', async () => {
    const sources = (await built()).worksheets[1];
    expect(sources.getCell(3, 1).value).toBe('ENR-1');
    expect(sources.getCell(3, 6).value).toBe('≥ 99.0%');
    expect(String(sources.getCell(3, 7).value)).toMatch(/《/);
    expect(sources.getCell(4, 1).value).toBe('OVP-2');
    expect(sources.getCell(4, 6).value).toBe('≤ 0');
    expect(sources.getCell(5, 1).value).toBeNull();
  });
});
