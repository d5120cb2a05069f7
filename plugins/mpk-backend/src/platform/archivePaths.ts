import { InputError } from '@backstage/errors';
import { posix } from 'node:path';

/** What the safety check needs of a tar entry. */
export interface ArchiveEntryHeader {
  path: string;
  type: string;
  linkpath?: string;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:/.test(path);
}

function escapes(normalized: string): boolean {
  return normalized === '..' || normalized.startsWith('../');
}

// Backslashes count as separators: an archive made on Windows, or crafted to
// be unpacked there, means `..\..\x` as a path upwards.
function normalize(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/'));
}

/**
 * The path of a tar entry inside the archive, normalised and without a
 * leading `./` (e.g. `plugins/e2e/results/global/junit_01.xml`).
 *
 * Nothing is ever unpacked to disk, but an archive with an absolute path, a
 * path that climbs out with `..`, or a link that points outside is crafted or
 * broken, and is refused rather than read around.
 */
export function safeEntryPath(
  entry: ArchiveEntryHeader,
  /** the form field the archive came in, named in refusals */
  part = 'results',
): string {
  const normalized = normalize(entry.path);
  if (isAbsolute(entry.path.replace(/\\/g, '/')) || escapes(normalized)) {
    throw new InputError(
      `${part}: tar entry ${entry.path} escapes the archive`,
    );
  }
  if (
    (entry.type === 'SymbolicLink' || entry.type === 'Link') &&
    entry.linkpath !== undefined
  ) {
    // a symbolic link is relative to its own directory, a hard link to the
    // root of the archive
    const target =
      entry.type === 'SymbolicLink'
        ? normalize(posix.join(posix.dirname(normalized), entry.linkpath))
        : normalize(entry.linkpath);
    if (isAbsolute(entry.linkpath.replace(/\\/g, '/')) || escapes(target)) {
      throw new InputError(
        `${part}: tar entry ${entry.path} links to ${entry.linkpath}, outside the archive`,
      );
    }
  }
  return normalized.replace(/^(\.\/)+/, '').replace(/\/$/, '');
}
