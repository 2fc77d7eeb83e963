/**
 * The API's texts for people are "中文说明 (English text)": Chinese first, the English in closing brackets.
 * `bilingualParts` splits one into its halves (the admin shows the half matching its language, the import
 * error report puts each in its own column); text without that shape is all `zh`, with no `en`.
 */
export function bilingualParts(text: string): { zh: string; en: string | null } {
  const m = /^([\s\S]*?[\u4e00-\u9fff][\s\S]*?)\s*\(([^()]*[A-Za-z][^()]*)\)\s*$/.exec(text);
  if (!m) return { zh: text, en: null };
  return { zh: m[1].trim(), en: m[2].trim() };
}
