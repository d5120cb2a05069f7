/**
 * A file a renderer produces, for a scaffolder action to write into the new repository.
 * @public
 */
export interface RenderedFile {
  /** relative POSIX path, e.g. `infra/prod/main.tf` */
  path: string;
  content: string;
}
