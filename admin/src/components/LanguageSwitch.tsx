import { GlobalOutlined } from '@ant-design/icons';
import { useGetLocale, useSetLocale } from '@refinedev/core';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../providers/i18n';

/** 中文 / English, in the header and on the login page; goes through Refine's i18nProvider. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t } = useTranslation();
  const locale = useGetLocale()();
  const setLocale = useSetLocale();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [locale ?? 'zh-CN'],
        items: LOCALES.map((l) => ({ key: l, label: t(`languages.${l}`) })),
        onClick: ({ key }) => setLocale(key),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} style={dark ? { color: '#fff' } : undefined} aria-label={t('header.language')}>
        {t(`languages.${locale ?? 'zh-CN'}`)}
      </Button>
    </Dropdown>
  );
}
