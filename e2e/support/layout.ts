import type { Page } from '@playwright/test';

/**
 * Layout faults a reader sees at once, measured in the page (bounding boxes, not pixels of a screenshot):
 * - a table cell's content reaching outside its cell (a tag running into the next column), unless an element
 *   inside the cell clips it on purpose (an ellipsis);
 * - a data cell under the fixed 操作 column once the table is scrolled to its right end (where the fixed column
 *   stands on its own place, nothing may lie beneath it);
 * - the page wider than the window (a table too wide for the page must scroll in its own box);
 * - a sider label cut short, or a sider entry under the collapse trigger.
 * Each fault is one line naming where it is, so a failing test says what to fix.
 */
export async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const SLACK = 1.5;
    const label = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);

    /** the part of `rect` left visible by the clipping ancestors of `node` up to (and including) `stop` */
    const visible = (node: Node, rect: DOMRect, stop: Element): { left: number; right: number; top: number; bottom: number } | null => {
      let { left, right, top, bottom } = rect;
      for (let el = node instanceof Element ? node : node.parentElement; el && el !== stop.parentElement; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const clip = el.getBoundingClientRect();
          left = Math.max(left, clip.left);
          right = Math.min(right, clip.right);
          top = Math.max(top, clip.top);
          bottom = Math.min(bottom, clip.bottom);
        }
      }
      return right - left > SLACK && bottom - top > SLACK ? { left, right, top, bottom } : null;
    };

    /** the boxes of what a cell shows: its text runs and its elements that draw something (a tag, an icon) */
    const contentBoxes = (cell: Element) => {
      const boxes: Array<{ node: Node; rect: DOMRect }> = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const rect of Array.from(range.getClientRects())) boxes.push({ node: n, rect });
      }
      for (const el of Array.from(cell.querySelectorAll('.ant-tag, .ant-btn, svg, img, input'))) boxes.push({ node: el, rect: el.getBoundingClientRect() });
      return boxes.filter(({ rect }) => rect.width > 0 && rect.height > 0);
    };

    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > SLACK) faults.push(`the page is ${overflow}px wider than the window`);
    // a table or card cut at the right: its box reaches past the content area (a wide table scrolls inside its box)
    const main = document.querySelector('main')?.getBoundingClientRect();
    if (main)
      for (const box of Array.from(document.querySelectorAll('main .ant-table-wrapper, main .ant-card'))) {
        const r = box.getBoundingClientRect();
        if (r.width > 0 && r.right > main.right + SLACK)
          faults.push(`"${label(box)}" is cut at the right (${Math.round(r.right)} > ${Math.round(main.right)})`);
      }

    for (const table of Array.from(document.querySelectorAll('.ant-table-wrapper'))) {
      const name =
        table.closest('[data-testid]')?.getAttribute('data-testid') ??
        table.closest('.ant-card, main')?.querySelector('h4, .ant-card-head-title')?.textContent ??
        'table';
      // scrolled to the right end: every cell stands where the layout puts it, the fixed column included
      const scroller = table.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
      if (scroller) scroller.scrollLeft = scroller.scrollWidth;
      for (const row of Array.from(table.querySelectorAll('tr.ant-table-row, thead tr'))) {
        const cells = Array.from(row.children).filter((c) => c.getBoundingClientRect().width > 0);
        const fixed = cells.find((c) => c.classList.contains('ant-table-cell-fix-right'));
        for (const cell of cells) {
          const box = cell.getBoundingClientRect();
          for (const { node, rect } of contentBoxes(cell)) {
            const shown = visible(node, rect, cell);
            if (!shown) continue;
            if (shown.left < box.left - SLACK || shown.right > box.right + SLACK)
              faults.push(
                `${name}: "${label(cell)}" reaches outside its cell (${Math.round(shown.left)}–${Math.round(shown.right)} vs ${Math.round(box.left)}–${Math.round(box.right)})`,
              );
            if (fixed && cell !== fixed && !cell.classList.contains('ant-table-cell-fix-right') && !cell.classList.contains('ant-table-cell-fix-left')) {
              const f = fixed.getBoundingClientRect();
              if (shown.right > f.left + SLACK && shown.left < f.right - SLACK) faults.push(`${name}: "${label(cell)}" lies under the fixed column`);
            }
          }
        }
      }
      if (scroller) scroller.scrollLeft = 0;
    }

    // the sider: labels whole, and the collapse trigger over no entry
    const sider = document.querySelector('.ant-layout-sider');
    if (sider && !sider.classList.contains('ant-layout-sider-collapsed')) {
      for (const title of Array.from(sider.querySelectorAll<HTMLElement>('.ant-menu-title-content'))) {
        if (title.scrollWidth > title.clientWidth + SLACK) faults.push(`sider: "${label(title)}" is cut short`);
        const item = title.closest('li, .ant-menu-submenu-title')!.getBoundingClientRect();
        for (const { node, rect } of contentBoxes(title)) {
          const shown = visible(node, rect, title);
          if (shown && (shown.right > item.right + SLACK || shown.left < item.left - SLACK)) faults.push(`sider: "${label(title)}" runs out of its entry`);
        }
      }
      const trigger = sider.querySelector('.ant-layout-sider-trigger')?.getBoundingClientRect();
      const entries = Array.from(sider.querySelectorAll('li.ant-menu-item'));
      const last = entries[entries.length - 1];
      if (trigger && last) {
        last.scrollIntoView({ block: 'end' });
        const r = last.getBoundingClientRect();
        if (r.bottom > trigger.top + SLACK) faults.push(`sider: the last entry "${label(last)}" cannot be scrolled clear of the collapse trigger`);
        for (const entry of entries) {
          const e = entry.getBoundingClientRect();
          const scroller = sider.querySelector('.ant-layout-sider-children')!.getBoundingClientRect();
          const inView = e.bottom > scroller.top && e.top < scroller.bottom;
          if (inView && e.bottom > trigger.top + SLACK && e.top < trigger.bottom) faults.push(`sider: "${label(entry)}" is under the collapse trigger`);
        }
        window.scrollTo(0, 0);
      }
    }
    return faults;
  });
}

/** Whether two elements' boxes overlap (a notice over a header control). */
export async function overlaps(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    ([sa, sb]) => {
      const ra = document.querySelector(sa)?.getBoundingClientRect();
      const boxes = Array.from(document.querySelectorAll(sb)).map((e) => e.getBoundingClientRect());
      return Boolean(ra && boxes.some((rb) => ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom));
    },
    [a, b],
  );
}
