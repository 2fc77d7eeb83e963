import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './print-sheet.css';

export type PrintLayout = 'form' | 'bulletin' | 'wide';

/**
 * A document on its own page without the panel around it (the same content as its XLSX/DOCX): the toolbar to
 * print or go back, hidden on paper, and the page — the caller gives the heading, `yb-print-meta`, the
 * `yb-print-table` and `yb-print-foot`. The printed file's default name is the document title, set by the caller.
 * `labels` is the locale prefix of the view's texts: `now` (打印), `back` (返回), `hint` (paper size and orientation).
 */
export function PrintSheet({ layout, labels, onBack, children }: { layout: PrintLayout; labels: string; onBack: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`yb-print yb-print--${layout}`}>
      <div className="yb-print-toolbar yb-no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-now">
          {t(`${labels}.now`)}
        </Button>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t(`${labels}.back`)}
        </Button>
        <Typography.Text type="secondary">{t(`${labels}.hint`)}</Typography.Text>
      </div>
      <div className="yb-print-page" data-testid="print-page">
        {children}
      </div>
    </div>
  );
}

/** The document could not be read: the API's message and the way back, on the same grey desk. */
export function PrintSheetError({ message, description, labels, onBack }: { message: string; description: string; labels: string; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="yb-print">
      <Alert type="error" showIcon message={message} description={description} action={<Button onClick={onBack}>{t(`${labels}.back`)}</Button>} />
    </div>
  );
}
