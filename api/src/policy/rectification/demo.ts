import type { DemoContext } from '../../platform/seed/seed';

/**
 * 过度保障治理's demo data: the 医保发〔2019〕57号 campaign with closed items and a current one with open items
 * over 柳州 and 桂林 counties, in every state, with small evidence files — to come (issue 14, demo helper).
 * Kept as a placeholder so the area has its place in api/src/demo.ts's order.
 */
export async function seedRectificationActivity(_demo: DemoContext): Promise<void> {}
