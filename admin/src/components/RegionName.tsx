import { useRegionTree } from './RegionTreeSelect';

/** "柳州市 450200": a region's name with its code beside it, kept on one line. */
export function RegionLabel({ name, code }: { name: string | null | undefined; code: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {name ?? code}
      {name && <span className="yb-muted yb-mono"> {code}</span>}
    </span>
  );
}

/** A region code shown as its name, looked up in the cached subtree. */
export function RegionName({ code }: { code: string | null | undefined }) {
  const { names } = useRegionTree();
  if (!code) return <span className="yb-muted">—</span>;
  return <RegionLabel name={names.get(code)} code={code} />;
}
