import type ExcelJS from 'exceljs';
import { chronicDiseaseName, maskIdNumber, PHYSICIAN_TITLE_LABELS, PhysicianTitle } from '@yibao/shared';
import { officialList } from '../../../common/xlsx';
import type { ChronicRecognition } from './chronic-recognition.entity';

/**
 * 门诊特殊慢性病认定备案名单 (S1 §三(九)): one hospital's recognitions of a month, as the hospital stamps and
 * files it. IDs masked. Pure layout: the rows are read by the service.
 */
export function filingListWorkbook(wb: ExcelJS.Workbook, f: { hospitalName: string; month: string; today: string; rows: readonly ChronicRecognition[] }): void {
  officialList(wb, {
    sheet: '备案名单',
    title: `${f.hospitalName}门诊特殊慢性病认定名单（${f.month}）`,
    centerTitle: true,
    headers: ['序号', '姓名', '身份证号', '疾病诊断', '认定时间', '认定医师', '状态'],
    rows: f.rows.map((r, i) => {
      const doctors = (JSON.parse(r.physicians) as Array<{ name: string; title: PhysicianTitle }>)
        .map((p) => `${p.name}（${PHYSICIAN_TITLE_LABELS[p.title]}）`)
        .join('、');
      return [
        i + 1,
        r.name,
        maskIdNumber(r.idNumber),
        chronicDiseaseName(r.diseaseCode),
        r.recognizedOn,
        doctors,
        r.status === 'active' ? '有效' : `已取消：${r.revokeReason ?? ''}`,
      ];
    }),
    footer: [`定点医疗机构（盖章）：${f.hospitalName}`, `报送日期：${f.today}`],
    widths: [6, 12, 22, 26, 12, 36, 20],
  });
}
