/** The rectification ledger's resource: the campaign page counts and links to its items. */
export const ITEMS_RESOURCE = 'rectification-items';

/** The ledger (`/rectification-items`) filtered by `field = value` pairs, e.g. one campaign's items in a state. */
export function ledgerLink(filters: [field: string, value: string | number][]): string {
  const qs = filters.map(([f, v], i) => `filters[${i}][field]=${f}&filters[${i}][operator]=eq&filters[${i}][value]=${encodeURIComponent(v)}`);
  return `/${ITEMS_RESOURCE}?${qs.join('&')}`;
}
