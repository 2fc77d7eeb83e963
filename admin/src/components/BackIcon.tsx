import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * The page header's back arrow as an icon: Refine's default is a <button> inside antd's own
 * role="button" wrapper, which axe reports as nested interactive controls. Pass as `goBack`.
 */
export function BackIcon() {
  const { t } = useTranslation();
  return <ArrowLeftOutlined aria-label={t('buttons.back')} />;
}
