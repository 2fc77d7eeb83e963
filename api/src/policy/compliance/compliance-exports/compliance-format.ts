import { COMPLIANCE_ACTION_STATUS_CODES, COMPLIANCE_STATUS_CODES, type ComplianceIndicatorDefinition, type ComplianceStatus } from '@yibao/shared';

/**
 * How the exports and the annual report print a figure: rates as percentages (one decimal), counts as integers; the
 * status as text with a sign, so a cell reads the same in black and white (never colour alone).
 */
export function formatComplianceValue(def: Pick<ComplianceIndicatorDefinition, 'measure'>, value: number | null): string {
  if (value === null) return '—';
  return def.measure === 'rate' ? `${(Math.round(value * 1000) / 10).toFixed(1)}%` : String(value);
}

/** `≥ 99.0%`, `≤ 0`: the line in force. */
export function formatComplianceThreshold(def: Pick<ComplianceIndicatorDefinition, 'measure' | 'comparator'>, threshold: number): string {
  return `${def.comparator === '>=' ? '≥' : '≤'} ${formatComplianceValue(def, threshold)}`;
}

/** The sign beside a status's text: ✓ met, ! near the line, ✗ not met, – no data. */
export const COMPLIANCE_STATUS_SIGN: Readonly<Record<ComplianceStatus, string>> = { green: '✓', amber: '!', red: '✗', no_data: '–' };

/** `✗ 未达标`: the status's sign and Chinese text. */
export const complianceStatusText = (status: ComplianceStatus) => `${COMPLIANCE_STATUS_SIGN[status]} ${COMPLIANCE_STATUS_CODES.zh[status]}`;

/** Background fills (Excel's good / neutral / bad styles, and grey for no data). */
export const COMPLIANCE_STATUS_FILL: Readonly<Record<ComplianceStatus, string>> = {
  green: 'FFC6EFCE',
  amber: 'FFFFEB9C',
  red: 'FFFFC7CE',
  no_data: 'FFF2F2F2',
};

export const actionStatusText = (status: string) => COMPLIANCE_ACTION_STATUS_CODES.zh[status as keyof typeof COMPLIANCE_ACTION_STATUS_CODES.zh] ?? status;
