import { Select, type SelectProps } from 'antd';

/**
 * antd's Select inside a Form.Item: the item marks required controls `aria-required` and ties the help text
 * with `aria-describedby`, which Select puts on its outer <div>, where ARIA allows neither. They are left off
 * here (the asterisk, the rule and the text under the field stay); the label still names the combobox.
 */
export function FormSelect<V = unknown>({
  'aria-required': _required,
  'aria-describedby': _describedBy,
  ...props
}: SelectProps<V> & { 'aria-required'?: unknown; 'aria-describedby'?: string }) {
  return <Select<V> {...props} />;
}
