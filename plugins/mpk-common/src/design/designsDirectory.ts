/**
 * Where published designs live unless `mpk.designs.directory` says otherwise, relative to the
 * backend's working directory.
 * @public
 */
export const DEFAULT_DESIGNS_DIRECTORY = '.data/designs';

/**
 * The folder of the local git repositories designs are published to (`mpk.designs.directory`).
 * The scaffolder module writes there and the catalog module reads from there, so both must take
 * it from here.
 * @public
 */
export function readDesignsDirectory(config: {
  getOptionalString(key: string): string | undefined;
}): string {
  return (
    config.getOptionalString('mpk.designs.directory') ??
    DEFAULT_DESIGNS_DIRECTORY
  );
}
