export interface Config {
  mpk?: {
    /**
     * Example data for a demonstration portal, loaded through the mpk API once the clusters it
     * names are in the catalog. Leave the examples module out of a production backend.
     */
    examples?: {
      /** A YAML file of example tickets, e.g. examples/tickets.yaml */
      tickets?: string;
      /** A YAML file of example conformance runs, e.g. examples/conformance/runs.yaml */
      conformanceRuns?: string;
    };
  };
}
