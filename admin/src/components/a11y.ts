/**
 * Spread on an antd Radio.Group (`<Radio.Group {...RADIO_GROUP}>`): it renders a plain div, and Form.Item
 * marks required controls `aria-required`, which ARIA allows on a radiogroup only. antd passes the role
 * through; its types do not list it, hence this constant.
 */
export const RADIO_GROUP = { role: 'radiogroup' } as unknown as Record<string, never>;
