export interface Config {
  mpk?: {
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
