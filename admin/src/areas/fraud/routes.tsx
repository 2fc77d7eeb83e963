import type { ReactElement } from 'react';

/** The pages of 欺诈骗保 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [];
