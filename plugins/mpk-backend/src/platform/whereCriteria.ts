import {
  AllOfCriteria,
  AnyOfCriteria,
  NotCriteria,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import { Knex } from 'knex';

/**
 * Adds permission criteria to a query, nested as the criteria are: `allOf` as AND, `anyOf` as OR
 * (an empty one selects nothing), `not` as NOT, and each leaf, a query of the rules (e.g.
 * `{ customers }`), as `whereLeaf` adds it.
 */
export function whereCriteria<TQuery extends object>(
  builder: Knex.QueryBuilder,
  criteria: PermissionCriteria<TQuery>,
  whereLeaf: (builder: Knex.QueryBuilder, leaf: TQuery) => void,
): void {
  const nested =
    (part: PermissionCriteria<TQuery>) => (inner: Knex.QueryBuilder) =>
      whereCriteria(inner, part, whereLeaf);
  if ('allOf' in criteria) {
    for (const part of (criteria as AllOfCriteria<TQuery>).allOf) {
      builder.andWhere(nested(part));
    }
  } else if ('anyOf' in criteria) {
    // An empty anyOf selects nothing.
    builder.whereRaw('1 = 0');
    for (const part of (criteria as AnyOfCriteria<TQuery>).anyOf) {
      builder.orWhere(nested(part));
    }
  } else if ('not' in criteria) {
    builder.whereNot(nested((criteria as NotCriteria<TQuery>).not));
  } else {
    whereLeaf(builder, criteria as TQuery);
  }
}
