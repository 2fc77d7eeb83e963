import type { RegionTreeNode } from '@yibao/shared';
import { Empty, Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionTree } from './RegionTreeSelect';

function toNodes(nodes: RegionTreeNode[]): DataNode[] {
  return nodes.map((n) => ({ key: n.code, title: n.name, children: n.children ? toNodes(n.children) : undefined }));
}

/** The user's subtree as a navigable tree (virtual-scrolled: the national tree has ~3,000 nodes). */
export function RegionTree({ selected, onSelect }: { selected?: string; onSelect: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  const { tree, loading } = useRegionTree();
  const treeData = useMemo(() => toNodes(tree), [tree]);
  if (loading) return <Spin style={{ display: 'block', padding: 24 }} />;
  if (!tree.length) return <Empty description={t('regions.emptyTree')} />;
  return (
    <Tree
      treeData={treeData}
      height={560}
      showLine={{ showLeafIcon: false }}
      blockNode
      defaultExpandedKeys={[tree[0].code, ...(tree[0].children?.length === 1 ? [tree[0].children[0].code] : [])]}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => onSelect(keys[0] as string | undefined)}
      aria-label={t('regions.tree')}
      data-testid="region-tree"
    />
  );
}
