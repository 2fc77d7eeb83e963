import { type CrudFilter, useCustom, useGetIdentity } from '@refinedev/core';
import { type CurrentUser, type RegionLevel, type RegionTreeNode, regionScopePrefix } from '@yibao/shared';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allowed } from '../providers/access-control';

/**
 * The caller's region subtree from `GET /api/regions/tree` (the API limits it to the user's scope), fetched
 * once and shared by every region picker and name lookup on the page.
 */
export function useRegionTree() {
  const { data: me } = useGetIdentity<CurrentUser>();
  // The audit admin has no access to regions (三权分立): do not ask for what the API refuses.
  const enabled = allowed(me?.role, 'regions', 'list');
  const { result, query } = useCustom<RegionTreeNode[]>({
    url: '/regions/tree',
    method: 'get',
    config: { query: { maxLevel: 'county' } },
    queryOptions: { enabled, staleTime: 5 * 60_000 },
  });
  // Before the answer arrives Refine's `result.data` is an empty object, not an array.
  const data: unknown = result?.data;
  const tree = useMemo(() => (Array.isArray(data) ? (data as RegionTreeNode[]) : []), [data]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    const walk = (nodes: RegionTreeNode[]) => nodes.forEach((n) => (map.set(n.code, n.name), n.children && walk(n.children)));
    walk(tree);
    return map;
  }, [tree]);
  return { tree, names, loading: enabled && query.isLoading, enabled };
}

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

function toOptions(nodes: RegionTreeNode[], selectable?: readonly RegionLevel[]): TreeOption[] {
  return nodes.map((n) => ({
    value: n.code,
    title: n.name,
    disabled: selectable ? !selectable.includes(n.level) : false,
    children: n.children ? toOptions(n.children, selectable) : undefined,
  }));
}

export interface RegionTreeSelectProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** only these levels can be picked (others stay visible to navigate through), e.g. a role's levels */
  selectableLevels?: readonly RegionLevel[];
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** The standard region picker: searchable, limited to the user's subtree; works as a form control. */
export function RegionTreeSelect({ value, onChange, selectableLevels, placeholder, allowClear = true, id, style, ...rest }: RegionTreeSelectProps) {
  const { t } = useTranslation();
  const { tree, loading } = useRegionTree();
  const treeData = useMemo(() => toOptions(tree, selectableLevels), [tree, selectableLevels]);
  return (
    <TreeSelect<string>
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      loading={loading}
      allowClear={allowClear}
      showSearch
      treeNodeFilterProp="title"
      placeholder={placeholder ?? t('regions.selectPlaceholder')}
      treeDefaultExpandedKeys={tree.map((n) => n.code)}
      popupMatchSelectWidth={false}
      listHeight={360}
      style={{ minWidth: 200, ...style }}
      data-testid="region-tree-select"
    />
  );
}

const CODE_DIGITS = 9;

/**
 * "In this region's subtree" as list filters: codes sharing the region's prefix, as one indexed range
 * (`field_gte=prefix`, `field_lte=prefix999…`). Undefined values remove the filters in Refine's merge.
 */
export function regionSubtreeFilters(field: string, code: string | undefined): CrudFilter[] {
  const prefix = code ? regionScopePrefix(code) : '';
  return [
    { field, operator: 'gte', value: prefix || undefined },
    { field, operator: 'lte', value: prefix ? prefix.padEnd(CODE_DIGITS, '9') : undefined },
  ];
}

/** The region a subtree filter stands for (to show it again after a reload with the filter in the URL). */
export function regionFromSubtreeFilters(field: string, filters: CrudFilter[]): string | undefined {
  const f = filters.find((x) => 'field' in x && x.field === field && x.operator === 'gte');
  const prefix = f && typeof f.value === 'string' ? f.value : '';
  return prefix ? prefix.padEnd(6, '0') : undefined;
}
