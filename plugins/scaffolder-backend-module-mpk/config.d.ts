export interface Config {
  mpk?: {
    designs?: {
      /**
       * Folder of the local git repositories designs are published to by
       * `mpk:publish:local-git`, relative to the backend's working directory; the catalog module
       * reads the clusters of each from its catalog-info.yaml. Default: .data/designs
       */
      directory?: string;
    };
    /** The deployment pipeline `mpk:pipeline:trigger` starts runs with. */
    pipeline?: {
      /** The pipeline's API; runs are started with `POST <baseUrl>/runs`. */
      baseUrl: string;
      /**
       * Bearer token of the pipeline's API.
       * @visibility secret
       */
      token: string;
    };
  };
}
