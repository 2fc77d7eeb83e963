import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { type TreeMenuItem, useGetIdentity, useLogout, useMenu } from '@refinedev/core';
import type { CurrentUser } from '@yibao/shared';
import { Avatar, Button, Dropdown, Layout, Menu, type MenuProps, Space, Tag, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { allowed } from '../providers/access-control';
import { BRAND_BLUE, HEADER_HEIGHT } from './AppShell';
import { BrandMark } from './BrandMark';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './notifications/NotificationBell';

type MenuItem = Required<MenuProps>['items'][number];

/**
 * The sider menu from the resource config, keeping only what the role may list: the same decision the
 * accessControlProvider makes (shared `can()`), applied synchronously so the menu never flickers.
 */
function useRoleMenu(role: CurrentUser['role'] | undefined): { items: MenuItem[]; selectedKey: string; openKeys: string[] } {
  const { menuItems, selectedKey, defaultOpenKeys } = useMenu();
  const items = useMemo(() => {
    const build = (nodes: TreeMenuItem[]): MenuItem[] =>
      nodes.flatMap((node): MenuItem[] => {
        if (!allowed(role, node.name, 'list', node)) return [];
        if (node.children.length) {
          const children = build(node.children);
          return children.length ? [{ key: node.key, icon: node.icon, label: node.label, children }] : [];
        }
        return [{ key: node.key, icon: node.icon, label: <Link to={node.route ?? '/'}>{node.label}</Link> }];
      });
    return build(menuItems);
  }, [menuItems, role]);
  // Policy-area groups start open: there are few, and staff should see where everything is.
  const openKeys = useMemo(() => [...defaultOpenKeys, ...menuItems.filter((m) => m.children.length).map((m) => m.key)], [defaultOpenKeys, menuItems]);
  return { items, selectedKey, openKeys };
}

function UserMenu({ me }: { me: CurrentUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { mutate: logout } = useLogout();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'profile', icon: <UserOutlined />, label: t('profile.profile') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('buttons.logout'), danger: true },
        ],
        onClick: ({ key }) => (key === 'logout' ? logout() : navigate('/profile')),
      }}
    >
      <Button type="text" style={{ color: '#fff', height: 44 }} data-testid="user-menu">
        <Space size={8}>
          <Avatar size="small" style={{ background: '#f5c242', color: BRAND_BLUE }} icon={<UserOutlined />} />
          <span data-testid="header-user">{me.displayName}</span>
          <Tag bordered={false} style={{ marginInlineEnd: 0, background: '#f5c242', color: '#1f1f1f' }} data-testid="header-role">
            {t(`roles.${me.role}`)}
          </Tag>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </Button>
    </Dropdown>
  );
}

export default function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { mutate: logout } = useLogout();
  const { items, selectedKey, openKeys } = useRoleMenu(me?.role);
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, position: 'sticky', top: 0, zIndex: 10, boxShadow: '0 2px 8px rgba(0,0,0,.15)' }}>
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff' }}>
          <BrandMark size={34} />
          <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.2 }}>
            <span style={{ fontSize: 18, fontWeight: 600, letterSpacing: i18n.language === 'zh-CN' ? 2 : 0 }}>{t('app.name')}</span>
            <span style={{ fontSize: 11, opacity: 0.75 }}>{t('app.subtitle')}</span>
          </span>
        </Link>
        <div style={{ flex: 1 }} />
        {me && (
          <Space size={4} wrap={false}>
            <Tag bordered={false} color="blue" data-testid="header-region" style={{ marginInlineEnd: 8 }}>
              {t('header.regionValue', { name: me.regionName ?? me.regionCode })}
            </Tag>
            <NotificationBell />
            <UserMenu me={me} />
            <LanguageSwitch dark />
            <Button type="text" icon={<LogoutOutlined />} style={{ color: '#fff' }} onClick={() => logout()} data-testid="logout">
              {t('buttons.logout')}
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout>
        {/* The sider keeps to the window (below the header) and scrolls its own menu, so the collapse trigger at its
            foot never covers an entry; English labels are longer, and wrap rather than being cut (styles.css). */}
        <Layout.Sider
          width={i18n.language === 'en-US' ? 248 : 216}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          theme="light"
          className="yb-sider"
          style={{ borderRight: '1px solid #e8e8e8', position: 'sticky', top: HEADER_HEIGHT, height: `calc(100vh - ${HEADER_HEIGHT}px)` }}
        >
          <nav aria-label={t('header.navigation')}>
            <Menu
              mode="inline"
              items={items}
              selectedKeys={[selectedKey]}
              defaultOpenKeys={openKeys}
              style={{ borderInlineEnd: 'none', paddingTop: 8 }}
              data-testid="side-menu"
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <ErrorBoundary>{children}</ErrorBoundary>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 24, fontSize: 12 }}>
            {t('app.footer')}
          </Typography.Paragraph>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
