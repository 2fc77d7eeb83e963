import { Checkbox, InputNumber, Space } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuan, yuanToFen } from './money';

export interface YuanInputProps {
  /** the amount in fen, as the form holds it */
  value?: number | null;
  onChange?: (fen: number | null) => void;
  id?: string;
  style?: CSSProperties;
  disabled?: boolean;
  /** largest amount in 元 (default 100,000) */
  max?: number;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * An amount typed in 元 with two decimals and held in the form as integer fen, so the value sent, the
 * API's field errors (`….fen`) and the form field are the same thing.
 */
export function YuanInput({ value, onChange, id, style, disabled, max = 100000, ...rest }: YuanInputProps) {
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      id={id}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
      value={fenToYuan(value)}
      onChange={(v) => onChange?.(yuanToFen(v) ?? null)}
      min={0}
      max={max}
      precision={2}
      step={1}
      addonAfter={t('money.yuan')}
      disabled={disabled}
      style={{ width: 200, ...style }}
    />
  );
}

export interface NullableYuanInputProps extends Omit<YuanInputProps, 'value' | 'onChange'> {
  /** fen; null = the explicit "none" (不设限额); undefined = not filled in (a required-value error) */
  value?: number | null;
  onChange?: (fen: number | null | undefined) => void;
  /** the checkbox's label, e.g. 不设限额 */
  noneLabel: string;
}

/**
 * An amount that may also be "none" (null: no cap, an open bound). "None" is only ever the user's explicit
 * choice — the checkbox; clearing the amount leaves it empty (undefined), which the field's rule refuses
 * (`nullableAmountRule`), never null. Ticking keeps the amount aside and unticking puts it back, so a cap
 * is not lost by looking at the option.
 */
export function NullableYuanInput({ value, onChange, noneLabel, ...rest }: NullableYuanInputProps) {
  const [kept, setKept] = useState<number | undefined>(typeof value === 'number' ? value : undefined);
  const none = value === null;
  return (
    <Space wrap>
      <YuanInput {...rest} value={none ? undefined : value} disabled={rest.disabled || none} onChange={(fen) => onChange?.(fen ?? undefined)} />
      <Checkbox
        checked={none}
        disabled={rest.disabled}
        data-testid={rest['data-testid'] ? `${rest['data-testid']}-none` : undefined}
        onChange={(e) => {
          if (e.target.checked) {
            if (typeof value === 'number') setKept(value);
            onChange?.(null);
          } else onChange?.(kept);
        }}
      >
        {noneLabel}
      </Checkbox>
    </Space>
  );
}

/** The rule of a nullable amount: null (the explicit "none") passes, an empty field does not. */
export const nullableAmountRule = (message: string) => ({
  validator: (_: unknown, v: unknown) => (v === undefined || v === '' ? Promise.reject(new Error(message)) : Promise.resolve()),
});
