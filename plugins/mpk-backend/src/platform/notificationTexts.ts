import { Entity } from '@backstage/catalog-model';

/** The most characters of a text a notification quotes. */
export const EXCERPT_LENGTH = 300;

/** A text in a notification, e.g. a comment: its start, on one line. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH
    ? `${line.slice(0, EXCERPT_LENGTH - 1)}…`
    : line;
}

/**
 * What a notification calls an entity: a User's profile display name, else its title, else
 * `fallback` (e.g. its name), also when the catalog does not have it.
 */
export function displayName(
  entity: Entity | undefined,
  fallback: string,
): string {
  const profile = entity?.spec?.profile as { displayName?: string } | undefined;
  return profile?.displayName ?? entity?.metadata.title ?? fallback;
}
