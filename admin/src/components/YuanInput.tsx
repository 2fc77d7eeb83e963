import { InputNumber } from 'antd';
import type { CSSProperties } from 'react';
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
