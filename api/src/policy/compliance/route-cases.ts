import type { RouteCase } from '../../../test/routes';

/** The compliance area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const COMPLIANCE_ROUTES: RouteCase[] = [];
