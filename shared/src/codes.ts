/**
 * The one label convention: a code list is declared once, each code with its zh-CN and en-US label, and
 * everything else is derived from that declaration — the values in canonical order, the type, the labels
 * per language (the API's exports speak `zh`, the admin composes both into its locales) and a guard.
 *
 *   export const VISIT_TYPE_CODES = defineCodes({ outpatient: { zh: '普通门诊', en: 'Outpatient' }, … });
 *   export type VisitType = CodeOf<typeof VISIT_TYPE_CODES>;
 *
 * The declaration's key order is the canonical order. JavaScript puts integer-like keys ('1', '20') before
 * all others whatever the source order, so such codes are refused rather than silently reordered.
 */
export interface CodeLabel {
  zh: string;
  en: string;
}

export type CodeLocale = keyof CodeLabel;

export interface CodeList<V extends string> {
  /** the codes, in the order declared */
  readonly values: readonly V[];
  /** zh-CN labels: what the API's exports and messages say */
  readonly zh: Readonly<Record<V, string>>;
  readonly en: Readonly<Record<V, string>>;
  /** true for a code of this list (and narrows to it) */
  readonly is: (value: unknown) => value is V;
}

/** The code type of a list declared with defineCodes. */
export type CodeOf<L> = L extends CodeList<infer V> ? V : never;

const INTEGER_LIKE = /^(0|[1-9]\d*)$/;

export function defineCodes<const T extends Record<string, CodeLabel>>(definitions: T): CodeList<Extract<keyof T, string>> {
  type V = Extract<keyof T, string>;
  const values = Object.keys(definitions) as V[];
  if (values.length === 0) throw new Error('defineCodes: a code list needs at least one code');
  const zh = {} as Record<V, string>;
  const en = {} as Record<V, string>;
  for (const value of values) {
    if (INTEGER_LIKE.test(value)) throw new Error(`defineCodes: code '${value}' looks like an array index, which JavaScript would move to the front`);
    const label = definitions[value];
    if (!label.zh?.trim() || !label.en?.trim()) throw new Error(`defineCodes: code '${value}' needs both a zh and an en label`);
    zh[value] = label.zh;
    en[value] = label.en;
  }
  const known = new Set<string>(values);
  return Object.freeze({
    values: Object.freeze(values),
    zh: Object.freeze(zh),
    en: Object.freeze(en),
    is: (value: unknown): value is V => typeof value === 'string' && known.has(value),
  });
}

/** Code lists by the name of the locale section that shows them (e.g. `identityCategories`). */
export type CodeLists = Readonly<Record<string, CodeList<string>>>;

/** The areas' code-list maps as one; a section named by two areas is refused (one would hide the other). */
export function combineCodeLists(...maps: CodeLists[]): CodeLists {
  const combined: Record<string, CodeList<string>> = {};
  for (const map of maps) {
    for (const [section, list] of Object.entries(map)) {
      if (Object.prototype.hasOwnProperty.call(combined, section)) throw new Error(`code lists: section '${section}' is declared twice`);
      combined[section] = list;
    }
  }
  return Object.freeze(combined);
}

/** The labels of one language for several code lists, keyed by locale section (the admin's i18n composes these). */
export function codeLabelSections(lists: CodeLists, locale: CodeLocale): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(lists).map(([section, list]) => [section, { ...list[locale] }]));
}
