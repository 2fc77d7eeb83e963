import { conditionFilter } from './contract';

describe('conditionFilter (a yes/no list filter over a condition)', () => {
  const calls: unknown[][] = [];
  const field = conditionFilter((alias, p, dialect) => {
    calls.push([alias, p, dialect]);
    return { sql: `(${alias}.dueOn < :${p})`, params: { [p]: `day ${calls.length}` } };
  });

  it('is a boolean field: true keeps the rows where the condition holds, false the others', () => {
    expect(field.type).toBe('boolean');
    expect(field.where!(true, 't', 'f0', 'sqlite')).toEqual({ sql: '(t.dueOn < :f0)', params: { f0: 'day 1' } });
    expect(field.where!(false, 'x', 'f1', 'mysql')).toEqual({ sql: 'NOT (x.dueOn < :f1)', params: { f1: 'day 2' } });
  });

  it('builds the condition for each request, with its alias, parameter name and dialect', () => {
    expect(calls).toEqual([
      ['t', 'f0', 'sqlite'],
      ['x', 'f1', 'mysql'],
    ]);
  });
});
