import { Spin } from 'antd';

/** The placeholder while a page's chunk or the session check loads. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  return (
    <div className="yb-center" style={fullScreen ? { minHeight: '100vh' } : undefined}>
      <Spin size="large" />
    </div>
  );
}
