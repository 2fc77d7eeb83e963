import type { ReactElement } from 'react';

/** The pages of 智能监控 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [];
