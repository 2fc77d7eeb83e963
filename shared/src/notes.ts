import { HOSPITAL_LEVEL_CODES, VISIT_TYPE_CODES } from './assistance/codes';
import type { CodeList, CodeLocale } from './codes';
import { IDENTITY_CATEGORY_CODES, SUBSIDY_CATEGORY_CODES } from './enrollment/codes';

/**
 * A sentence a rule or the API explains itself with, as data: a code (whose zh and en templates are declared
 * once with defineCodes) and the figures of this case. The admin renders it in the user's language with
 * `renderNote`; the API keeps a zh rendering beside it where a text field is part of the contract. So no
 * Chinese sentence is ever shown in English mode, and no code is ever shown as text.
 *
 * Templates name their parameters `{{name}}`; how a parameter is shown follows from its name:
 *   `…Fen`        money in fen (null = no limit)          `…Bp`           basis points as a percent
 *   `…Yuan`       money in fen as a bare figure ("380.00"; the template writes the unit)
 *   `…Notes`      notes of the same list, joined (a sentence with optional clauses)
 *   `category`    one identity category                  `categories`    identity categories, listed
 *   `visitType`   visit type                              `hospitalLevel` hospital level
 *   `subsidyCategory` subsidy category                    `candidates`    [{category, fen}] listed
 *   anything else as it is (counts, years, a parameter's source text — a document citation, data not code).
 */
export type NoteValue = number | string | boolean | null | readonly string[] | readonly NoteCandidate[] | readonly Note[];
export interface NoteCandidate {
  category: string;
  fen: number;
}
export type NoteParams = Readonly<Record<string, NoteValue>>;

export interface Note<C extends string = string> {
  code: C;
  params: NoteParams;
}

/** 123456 → "1234.56元" / "¥1234.56"; null (or Infinity) is "no limit". */
export function formatMoney(fen: number | null, locale: CodeLocale): string {
  if (fen === null || fen === Infinity) return locale === 'zh' ? '不限' : 'no limit';
  const neg = fen < 0;
  const abs = neg ? -fen : fen;
  const cents = abs % 100;
  const yuan = `${neg ? '-' : ''}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
  return locale === 'zh' ? `${yuan}元` : `¥${yuan}`;
}

const label = (list: CodeList<string>, value: unknown, locale: CodeLocale): string => (list.is(value) ? list[locale][value] : String(value));

/** One parameter as text, by its name (see above); `list` renders nested notes. */
export function formatNoteValue(name: string, value: NoteValue, locale: CodeLocale, list?: CodeList<string>): string {
  const sep = locale === 'zh' ? '、' : ', ';
  if (name.endsWith('Notes') && Array.isArray(value) && list) {
    return (value as readonly Note[]).map((n) => renderNote(list, n, locale)).join(locale === 'zh' ? '，' : '; ');
  }
  if (name.endsWith('Yuan') && typeof value === 'number') return formatMoney(value, 'zh').slice(0, -1);
  if (name === 'candidates' && Array.isArray(value)) {
    return (value as readonly NoteCandidate[])
      .map((c) => `${label(IDENTITY_CATEGORY_CODES, c.category, locale)} ${formatMoney(c.fen, locale)}`)
      .join(locale === 'zh' ? '；' : '; ');
  }
  if (name === 'categories' && Array.isArray(value)) return value.map((c) => label(IDENTITY_CATEGORY_CODES, c, locale)).join(sep);
  if (name.endsWith('Fen') && (typeof value === 'number' || value === null)) return formatMoney(value, locale);
  if (name.endsWith('Bp') && typeof value === 'number') return `${value / 100}%`;
  if (name === 'category') return label(IDENTITY_CATEGORY_CODES, value, locale);
  if (name === 'visitType') return label(VISIT_TYPE_CODES, value, locale);
  if (name === 'hospitalLevel') return label(HOSPITAL_LEVEL_CODES, value, locale);
  if (name === 'subsidyCategory') return label(SUBSIDY_CATEGORY_CODES, value, locale);
  return value === null ? '—' : String(value);
}

/** `{{name}}` filled from params; a template naming a parameter the note lacks keeps "—" (never the name). */
export function fillTemplate(template: string, params: NoteParams, locale: CodeLocale, list?: CodeList<string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatNoteValue(name, params[name], locale, list) : '—',
  );
}

/** A note in one language; an unknown code (an older API, a newer admin) shows its zh fallback text if given. */
export function renderNote(list: CodeList<string>, note: Note, locale: CodeLocale, fallback = ''): string {
  return list.is(note.code) ? fillTemplate(list[locale][note.code], note.params ?? {}, locale, list) : fallback || note.code;
}
