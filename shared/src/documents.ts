/** One problem with one field, in the shape the API turns into a 400 `details` entry. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Shape checks shared by the parameter-document validators (policy parameters, subsidy standards): a stored
 * document holds exactly the keys its type declares, so `{"injected": …}` at any depth is refused, named
 * by its dotted path, rather than kept and carried into every later copy.
 */
export function unknownKeyProblems(value: Record<string, unknown>, allowed: readonly string[], field: string): FieldProblem[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: field ? `${field}.${key}` : key, message: '未知字段，请删除 (unknown field, remove it)' }));
}

/**
 * The policy documents the platform cites, with the jurisdiction that issued them: '000000' for a national
 * document, else the province (or city) code. A region's parameters may cite national documents and its own
 * province's, never another province's — a 广西 city's figures do not rest on a 辽宁 or 新疆 notice.
 * `labels` are the handbook's short names (S0…S4) that sources use beside the number.
 */
export interface PolicyDocument {
  number: string;
  title: string;
  jurisdiction: string;
  labels: readonly string[];
}

export const POLICY_DOCUMENTS: readonly PolicyDocument[] = [
  { number: '辽医保〔2019〕8号', title: '辽宁省医疗保障局关于做好医疗保障扶贫工作的通知', jurisdiction: '210000', labels: ['S0'] },
  { number: '桂医保发〔2019〕14号', title: '广西壮族自治区医疗保障局关于做好2019年医疗保障扶贫工作的通知', jurisdiction: '450000', labels: ['S1'] },
  { number: '柳医保发〔2019〕6号', title: '柳州市医疗保障局转发桂医保发〔2019〕14号的通知', jurisdiction: '450200', labels: [] },
  { number: '桂人社发〔2018〕39号', title: '广西建档立卡贫困人口医疗费用“一站式”结算通知', jurisdiction: '450000', labels: [] },
  {
    number: '新疆医保局等五部门（2023）',
    title: '新疆维吾尔自治区医保局等五部门关于健全防范化解因病返贫致贫长效机制的通知',
    jurisdiction: '650000',
    labels: ['S3', '新疆'],
  },
  { number: '新政办发〔2022〕40号', title: '新疆维吾尔自治区重特大疾病医疗保险和救助制度实施办法', jurisdiction: '650000', labels: [] },
  { number: '医保发〔2019〕57号', title: '国家医疗保障局等关于坚决完成医疗保障脱贫攻坚硬任务的指导意见', jurisdiction: '000000', labels: ['S4'] },
  { number: '医保发〔2019〕30号', title: '国家医疗保障局 财政部关于做好2019年城乡居民基本医疗保障工作的通知', jurisdiction: '000000', labels: [] },
  { number: '国办发〔2021〕42号', title: '国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见', jurisdiction: '000000', labels: [] },
];

/** Plain words every figure without a document behind it carries in its source. */
export const ILLUSTRATIVE = '示例取值，非政策规定';

const labelPattern = (label: string) => new RegExp(/^[A-Z]\d$/.test(label) ? `(^|[^A-Za-z0-9])${label}(?![0-9])` : label);

/** The registered documents a source text cites, by number or by label. */
export function citedDocuments(source: string): PolicyDocument[] {
  return POLICY_DOCUMENTS.filter((d) => source.includes(d.number) || d.labels.some((l) => labelPattern(l).test(source)));
}

/** Documents of another province (not national, not the region's own province) that a source cites. */
export function foreignCitations(source: string, regionCode: string): PolicyDocument[] {
  const province = regionCode.slice(0, 2);
  return citedDocuments(source).filter((d) => d.jurisdiction !== '000000' && d.jurisdiction.slice(0, 2) !== province);
}

/** Every `source` string inside a parameter document, with its dotted path. */
export function sourcesOf(value: unknown, path = ''): Array<{ path: string; source: string }> {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = path ? `${path}.${k}` : k;
    return k === 'source' && typeof v === 'string' ? [{ path: here, source: v }] : sourcesOf(v, here);
  });
}

/** A plain object (not null, not an array): what a parameter document's groups and entries must be. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A parameter's source in a province's or a pooling region's yearly document (fraud parameters, screening
 * parameters): required, at most `max` characters, citing no other province's document.
 */
export function parameterSourceProblems(source: unknown, field: string, regionCode: unknown, max: number): FieldProblem[] {
  if (typeof source !== 'string' || !source.trim()) return [{ field, message: '须注明依据文件 (cite the source)' }];
  if (source.length > max) return [{ field, message: `依据文件不超过 ${max} 字 (at most ${max} characters)` }];
  const foreign = typeof regionCode === 'string' ? foreignCitations(source, regionCode) : [];
  if (foreign.length) return [{ field, message: `不能引用其他省份的文件：${foreign.map((d) => d.number).join('、')} (cites another province's document)` }];
  return [];
}

/** `{value, source}`: exactly those keys, the value checked by `valueProblem` (a message, or null), the source as above. */
export function sourcedEntryProblems(
  entry: unknown,
  field: string,
  regionCode: unknown,
  valueProblem: (v: unknown) => string | null,
  maxSource: number,
): FieldProblem[] {
  if (!isPlainObject(entry)) return [{ field, message: '须为 {value, source} (a value with its source)' }];
  const problems = unknownKeyProblems(entry, ['value', 'source'], field);
  const bad = valueProblem(entry.value);
  if (bad) problems.push({ field: `${field}.value`, message: bad });
  return [...problems, ...parameterSourceProblems(entry.source, `${field}.source`, regionCode, maxSource)];
}
