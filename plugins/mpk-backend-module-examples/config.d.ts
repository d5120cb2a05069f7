export interface Config {
  mpk?: {
    /**
     * Example data for a demonstration portal, loaded through the mpk API once the clusters (or
     * customers and people) it names are in the catalog. Leave the examples module out of a
     * production backend.
     */
    examples?: {
      /** A YAML file of example tickets, e.g. examples/tickets.yaml */
      tickets?: string;
      /** A YAML file of example conformance runs, e.g. examples/conformance/runs.yaml */
      conformanceRuns?: string;
      /**
       * A YAML file of example deprecated-API scans, e.g.
       * examples/deprecated-api-reports/reports.yaml: each names its cluster and its report (the
       * JSON output of `kubent -o json` or `pluto detect-all-in-cluster -o json`, relative to the
       * file), uploaded once per cluster.
       */
      deprecatedApiReports?: string;
      /**
       * A YAML file of example security scans, e.g. examples/security/reports.yaml: each names its
       * cluster and its reports (scanner outputs: kube-bench JSON, Trivy Operator reports,
       * `trivy image` JSON, policy reports, Polaris audits; relative to the file), uploaded in one
       * request per cluster.
       */
      securityReports?: string;
      /**
       * A YAML file of example design engagements, e.g. examples/designs/engagements.yaml: each
       * names its design.yaml (relative to the file) and its team. A design the portal does not
       * have is published as version 1, shared with the customer for acceptance.
       */
      designs?: string;
    };
  };
}
