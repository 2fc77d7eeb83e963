import { decodeCategories, defaultTaskDeadline, encodeCategories, monthEnd } from '.';

describe('roster helpers', () => {
  it('a task is due at the end of the month after the roster', () => {
    expect(defaultTaskDeadline('2026-05')).toBe('2026-06-30');
    expect(defaultTaskDeadline('2026-12')).toBe('2027-01-31');
    expect(defaultTaskDeadline('2028-01')).toBe('2028-02-29');
  });

  it('knows month ends', () => {
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('stores categories sorted and comma-wrapped, and reads them back', () => {
    const stored = encodeCategories(['rural_dibao', 'registered_poor', 'rural_dibao']);
    expect(stored).toBe(',registered_poor,rural_dibao,');
    expect(decodeCategories(stored)).toEqual(['registered_poor', 'rural_dibao']);
  });
});
