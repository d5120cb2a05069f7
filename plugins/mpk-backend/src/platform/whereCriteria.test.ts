import knexFactory from 'knex';
import { whereCriteria } from './whereCriteria';

describe('whereCriteria', () => {
  const knex = knexFactory({
    client: 'better-sqlite3',
    useNullAsDefault: true,
  });
  afterAll(() => knex.destroy());

  const sql = (
    criteria: Parameters<typeof whereCriteria<{ in: string[] }>>[1],
  ) =>
    knex('t')
      .where(builder =>
        whereCriteria(builder, criteria, (leaf, { in: values }) => {
          leaf.whereIn('c', values);
        }),
      )
      .toString();

  it('nests allOf, anyOf and not as the criteria are, each leaf by the callback', () => {
    expect(sql({ in: ['a'] })).toBe("select * from `t` where (`c` in ('a'))");
    expect(
      sql({
        allOf: [
          { in: ['a'] },
          { not: { anyOf: [{ in: ['b'] }, { in: ['c'] }] } },
        ],
      }),
    ).toBe(
      "select * from `t` where ((`c` in ('a')) and (not (1 = 0 or (`c` in ('b')) or (`c` in ('c')))))",
    );
  });

  it('selects nothing for an empty anyOf', () => {
    expect(sql({ anyOf: [] as any })).toBe('select * from `t` where (1 = 0)');
  });
});
