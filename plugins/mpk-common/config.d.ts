export interface Config {
  mpk?: {
    designs?: {
      /**
       * Folder of the local git repositories designs are published to by the
       * `mpk:publish:local-git` scaffolder action and where the catalog module reads the clusters
       * of each from its catalog-info.yaml; relative to the backend's working directory.
       * Default: .data/designs
       */
      directory?: string;
    };
  };
}
