import type { RouteCase } from '../../../test/routes';

/** The screening area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const SCREENING_ROUTES: RouteCase[] = [];
