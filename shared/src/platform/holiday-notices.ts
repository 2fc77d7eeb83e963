import { addDays } from '../dates';
import type { HolidayEntry } from './working-days';

/**
 * The State Council's yearly holiday arrangements (国务院办公厅关于<year>年部分节假日安排的通知), the seed of the
 * working-day calendar (platform/holidays): written here once, with the notice they come from, and expanded
 * day by day by `holidayNoticeEntries`. A year not listed has no calendar until the system admin enters it.
 */
export interface HolidayNotice {
  year: number;
  title: string;
  /** 文号 and date of issue, and how they were checked */
  source: string;
  periods: ReadonlyArray<{ name: string; from: string; to: string; workdays: readonly string[] }>;
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    source: '国办发明电〔2024〕12号，2024年11月12日（日期已对照新华社全文核对；文号见转载的通知全文）；依据2024年11月修订的《全国年节及纪念日放假办法》',
    periods: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    // the dates were checked against Xinhua's full text of 2025-11-04; the 文号 against secondary sources only
    source: '国务院办公厅2025年11月4日发布（新华社全文，日期已核对）；文号“国办发明电〔2025〕7号”仅见于转引，未能对照国务院公报原文核实',
    periods: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

/** A notice day by day: every day of each period a holiday, each 调休 day a working day under the period's name. */
export function holidayNoticeEntries(notice: HolidayNotice): HolidayEntry[] {
  const out: HolidayEntry[] = [];
  for (const p of notice.periods) {
    for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push({ date: d, kind: 'holiday', name: p.name });
    for (const d of p.workdays) out.push({ date: d, kind: 'workday', name: p.name });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
