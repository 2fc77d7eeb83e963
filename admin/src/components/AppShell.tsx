import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** 政务蓝: the deep blue of government systems, with restrained radii and dense tables. */
export const BRAND_BLUE = '#0f4c97';
export const HEADER_HEIGHT = 56;

const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1558b0',
    colorInfo: '#1558b0',
    borderRadius: 4,
    colorBgLayout: '#f0f2f5',
    fontSize: 14,
    // antd's greys for secondary text fall under WCAG AA contrast (4.5:1); government sites must meet it.
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#666666',
    colorError: '#cf1322',
    colorSuccessText: '#237804',
  },
  components: {
    Layout: { headerBg: BRAND_BLUE, siderBg: '#ffffff', headerHeight: HEADER_HEIGHT, headerPadding: '0 20px' },
    Menu: { itemSelectedBg: '#e8f0fb', itemSelectedColor: '#1558b0', subMenuItemBg: '#ffffff' },
    Table: { headerBg: '#f5f7fa', cellPaddingBlock: 10 },
    Breadcrumb: { itemColor: '#595959', linkColor: '#595959', separatorColor: '#595959', lastItemColor: '#262626' },
  },
};

/**
 * Notices open below the 56-px header (never over the user menu, the language switch or 退出登录): toasts at
 * the top centre, notifications at the top right.
 */
const BELOW_HEADER = { message: { top: HEADER_HEIGHT + 8 }, notification: { top: HEADER_HEIGHT + 16 } } as const;

/** antd's locale and dayjs's follow the UI language (zh-CN by default). */
export function AppShell({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={theme}>
      <AntdApp {...BELOW_HEADER}>{children}</AntdApp>
    </ConfigProvider>
  );
}
