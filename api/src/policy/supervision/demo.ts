import { RESPONSIBILITY_ROLES, ResponsibilityRow } from '@yibao/shared';
import type { DemoContext } from '../../platform/seed/seed';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { ResponsibilityTablesService } from './responsibility-tables/responsibility-tables.service';

/** 督导问责's demo data. */

const NAMES = '韦建华 覃丽萍 蒙志强 莫海燕 潘国庆 廖春梅 黄德明 卢秀英 陆永生 吴桂兰 蓝文军 梁玉芳 谢少华 罗金凤'.split(' ');
const TITLES = ['局长', '副局长', '主任', '科长', '副主任', '科长', '科长', '科长', '科长', '科长', '副科长', '副科长', '科员', '科员'];

/** A filled-in table: the 14 standard roles, each with a person of the unit (demo names and numbers). */
function filledRows(unit: string, areaCode: string, seed: number): ResponsibilityRow[] {
  return RESPONSIBILITY_ROLES.map((role, i) => ({
    role,
    name: NAMES[(i + seed) % NAMES.length],
    unit: i === 2 || i === 4 || i === 8 ? `${unit}医疗保险经办中心` : `${unit}医疗保障局`,
    title: TITLES[i],
    phone: `${areaCode}-28${String(10_000 + seed * 100 + i).slice(-5)}`,
  }));
}

/**
 * Responsibility tables in each workflow state, through the service and the workflow engine as the demo
 * accounts: 城中区 2025 approved by its city, 城中区 2026 submitted (in 柳州市's inbox), 柳州市 2025
 * returned by the province (back in 柳州市's inbox), 桂林市 2025 approved by the province. The cities'
 * 2026 tables are left for the users to file.
 */
export async function seedSupervisionActivity(demo: DemoContext): Promise<void> {
  const tables = demo.get(ResponsibilityTablesService);
  const workflow = demo.get(WorkflowService);
  const plan: Array<{ filer: string; regionCode: string; unit: string; areaCode: string; year: number; then?: [string, string, string?] }> = [
    { filer: 'lz_chengzhong', regionCode: '450202', unit: '柳州市城中区', areaCode: '0772', year: 2025, then: ['lz_city', 'approve'] },
    { filer: 'lz_chengzhong', regionCode: '450202', unit: '柳州市城中区', areaCode: '0772', year: 2026 },
    {
      filer: 'lz_city',
      regionCode: '450200',
      unit: '柳州市',
      areaCode: '0772',
      year: 2025,
      then: ['gx_province', 'return', '经办机构直接负责人已调整，请更新后重新报送'],
    },
    { filer: 'gl_city', regionCode: '450300', unit: '桂林市', areaCode: '0773', year: 2025, then: ['gx_province', 'approve'] },
  ];
  for (const [i, t] of plan.entries()) {
    const filer = demo.as(t.filer);
    const created = await tables.create(filer, { regionCode: t.regionCode, year: t.year });
    const filled = await tables.update(filer, created.id, { rows: filledRows(t.unit, t.areaCode, i * 3), version: created.version });
    const submitted = (await workflow.apply(filer, 'responsibility-tables', created.id, 'submit', { version: filled.version })) as { version: number };
    if (t.then) {
      const [approver, action, comment] = t.then;
      await workflow.apply(demo.as(approver), 'responsibility-tables', created.id, action, { comment, version: submitted.version });
    }
  }
}
