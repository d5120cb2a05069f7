// THIS FILE IS GENERATED from plugins/mpk-backend/src/schema/openapi.yaml by
// plugins/mpk-backend/scripts/openapi.mjs; do not edit it, run `npm run openapi:generate`.
/* eslint-disable */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether the plugin and its database answer.
     * @description Permission: `mpk.health.read`.
     *     Answers 200 when the plugin's database answers a round trip, 503 naming the database
     *     client and its error when it does not.
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persona': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who the signed-in user is in the service.
     * @description Any signed-in user.
     *     The caller's role and the support pods or customers they belong to, as the catalog says
     *     (the `mpk.io/role` annotation and the user's groups): what the permission policy decides
     *     by. A user the service does not know is `unknown`, with the reason. Services get 403.
     */
    get: operations['getPersona'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/upgrade': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The upgrade obligations and recorded plan of a cluster.
     * @description Permission: `mpk.cluster.read` on the cluster; a cluster the caller may not read answers 404, as one that does not exist.
     *     The cluster's upgrade obligations on today (in the contract's time zone), counted from the
     *     versions its Kubernetes API reports when the entity names its cluster in the Kubernetes
     *     plugin and it answers, else from the versions the catalog declares. 404 when the catalog
     *     has no `kubernetes-cluster` of that name; 400 when its catalog entry is incomplete.
     */
    get: operations['getClusterUpgrade'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/upgrade-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Records the upgrade plan of a cluster, replacing any previous one.
     * @description Permission: `mpk.upgrade-plan.update` on the cluster (the Engagement Manager, Lead Architect and Senior CKA engineer of its pod).
     *     Only signed-in users may record a plan (a service gets 403); the server adds who and when.
     */
    put: operations['saveUpgradePlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/upgrades': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every cluster with its next upgrade obligation, sorted by days left.
     * @description Permission: `mpk.cluster.read`; the list holds the clusters the caller may read, filtered in the catalog's query.
     *     Every cluster of the catalog whose entry is complete, with its next dated obligation, plan
     *     and conformance status, sorted by days left to that obligation; clusters without a dated
     *     obligation come last in either order. A filter left out selects everything; a repeated
     *     filter selects any of its values.
     */
    get: operations['getFleetUpgrades'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/sla': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The open tickets of a cluster with their SLA, its compliance over 30 and 90 days, and whether its version is supported today.
     * @description Permission: `mpk.cluster.read` on the cluster (404 otherwise).
     *     `supportedWindow` is the judgement a ticket opened now would get (the same release
     *     calendars and contract time zone as opening a ticket): outside the window, a new ticket
     *     carries no SLA.
     */
    get: operations['getClusterSla'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tickets with their SLA, the most recently opened first.
     * @description Permission: `mpk.cluster.read`; the list holds the tickets of the clusters the caller may read, filtered in the query.
     *     A filter left out selects everything; a repeated filter selects any of its values.
     *     `totalCount` counts every ticket matching the filters, `items` is the page `offset` to
     *     `offset + limit`, each a `TicketSummary` (without description, events, conversation and
     *     credit: `GET /tickets/{id}` has them). Unknown query parameters are refused (400).
     */
    get: operations['listTickets'];
    put?: never;
    /**
     * Opens a support ticket of a managed cluster.
     * @description Permission: `mpk.ticket.create` on the cluster; a cluster the caller may not read is an
     *     unknown cluster (400). The cluster's facts (customer, environment, Kubernetes version,
     *     owning pod) are read from the catalog now and kept with the ticket, with its SLA deadline
     *     as of the opening. A signed-in person's ticket has the source `portal`, a service's `api`;
     *     `openedBy` is the caller. The owning pod is notified of a new ticket.
     *
     *     Only services (a static token, another backend) give `externalId` and `openedAt`: a
     *     person sending either is refused (400), so that nobody backdates a ticket into a breach
     *     or probes the ids of other senders; a person's ticket is opened at the moment the request
     *     arrives. A repeated `externalId` returns the ticket already opened under it (200), or 409
     *     when the request differs from it in cluster, severity, category or opening time (when it
     *     gives one).
     *
     *     A person retrying sends the same `Idempotency-Key` header: the same person and key return
     *     the ticket opened under it (200), and another request under that key is refused (409);
     *     a service names its tickets with `externalId` instead (400 for the header).
     */
    post: operations['openTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One ticket with its SLA now, its conversation and its credit.
     * @description Permission: `mpk.cluster.read` on the ticket's cluster (404 otherwise).
     *     The ticket comes with its `comments`, oldest first, and, for a caller with
     *     `mpk.credit.read` on its customer, `credit`: the missed initial response, the credit it
     *     earns and the month the credits page files it under, or null when the response was not
     *     missed; left out when the customer's catalog entry gives no contract terms.
     */
    get: operations['getTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records a response, resolution or reopening of a ticket.
     * @description Permission: `mpk.ticket.respond` on the ticket's cluster for a response or resolution, `mpk.ticket.reopen` for a reopening.
     *     Needs `mpk.ticket.respond` on the ticket's cluster to record a response or resolution, `mpk.ticket.reopen` to reopen. The same event again (same type and time)
     *     changes nothing (200). Resolving needs an open ticket and reopening a resolved one, each
     *     not before the last change of status (409 otherwise); an event before the ticket was
     *     opened or in the future is refused (400).
     */
    post: operations['addTicketEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Writes a comment in the conversation of a ticket.
     * @description Permission: `mpk.ticket.comment` on the ticket's cluster (404 when the caller may not read it).
     *     The first comment of someone who may also respond to the ticket (`mpk.ticket.respond`:
     *     the staff of the pod that owns the cluster) is its initial response, recorded at the
     *     comment's time with its author; a customer's comment never stops the clock. A request
     *     repeated with the same `Idempotency-Key` by the same author returns the comment it wrote
     *     (200) and writes nothing; the same key with another text is refused (409). A conversation
     *     holds at most 2,000 comments (system notes included): beyond, a comment is refused (409,
     *     "this conversation is full"), so that a ticket stays readable in one answer.
     */
    post: operations['addTicketComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/credits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A customer's missed initial responses and credits for a month.
     * @description Permission: `mpk.credit.read` on the customer; a customer the caller may not read answers as an unknown one.
     *     The breaches of the month (by when the response was due, in the contract's time zone),
     *     what each earns, the capped total of the claimed ones, and the customer's SLA compliance
     *     over the 12 months up to that month. 400 for a customer the catalog does not have as a
     *     `customer` group, or whose group lacks its contract terms. Unknown query parameters are
     *     refused (400).
     */
    get: operations['getCredits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/credits/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Requests the credit of a missed initial response.
     * @description Permission: `mpk.credit.claim` on the ticket's cluster (the customer's admin, or the Engagement Manager of the cluster's pod).
     *     Refused (400) with the reason, storing nothing,
     *     when the ticket does not exist, carries no SLA, has no missed response, the breach earns
     *     no credit or the 7-day claim window has closed. A second claim for the same ticket
     *     returns the first (200).
     */
    post: operations['claimCredit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/conformance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A cluster's conformance status, latest run with its failures, and history.
     * @description Permission: `mpk.cluster.read` on the cluster (404 otherwise).
     */
    get: operations['getClusterConformance'];
    put?: never;
    /**
     * Uploads the results of a conformance run.
     * @description Permission: `mpk.conformance.upload` on the cluster (the pod's engineers, or the conformance pipeline's token).
     *     A `multipart/form-data` form with a
     *     `results` file (a Sonobuoy `retrieve` tarball or a junit XML), optionally the `log` file
     *     (the e2e.log, whose Ginkgo summary the counts are checked against) and the
     *     `kubernetesVersion` and `finishedAt` fields; each file is parsed as it streams in. The
     *     same results file uploaded again for the same cluster returns the first run (200). A
     *     malformed or contradictory upload is refused with 400, a file over the configured size or
     *     a tarball over the configured entry or decompressed-size limits with 413; nothing is
     *     stored then.
     */
    post: operations['uploadConformance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/deprecated-api-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Uploads a deprecated-API scan of a cluster (kubent or pluto JSON).
     * @description Permission: `mpk.deprecated-api-report.upload` on the cluster (the pod's engineers, or the cluster-scan pipeline's token).
     *     A `multipart/form-data` form with a `report` file: the output of `kubent -o json` (an
     *     array of findings) or `pluto detect-all-in-cluster -o json` (an object with `items`); the
     *     tool is recognised from the content. The cluster's readiness is then judged on its latest
     *     report. The same report uploaded again for the same cluster returns the first (200). A
     *     malformed report is refused with 400 naming what is wrong, a file over 5 MB or with more
     *     than 10,000 findings with 413; nothing is stored then.
     */
    post: operations['uploadDeprecatedApiReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/security-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Uploads security scan reports of a cluster.
     * @description Permission: `mpk.security-report.upload` on the cluster (the pod's engineers, or the cluster-scan pipeline's token).
     *     A `multipart/form-data` form with one or more `report` files, each a scanner's output:
     *     kube-bench `--json`; Trivy Operator `VulnerabilityReport`, `ConfigAuditReport` or
     *     `ClusterComplianceReport` (JSON or YAML, alone or in a `List`); `trivy image --format
     *     json`; a `wgpolicyk8s.io/v1alpha2` `PolicyReport` / `ClusterPolicyReport` or
     *     `openreports.io/v1alpha1` `Report` / `ClusterReport`; a Polaris audit; or a `.tar.gz` of
     *     such files. Every file is read before anything is stored; one malformed file refuses the
     *     whole upload with 400 naming it and what is wrong, input over the size, file-count,
     *     finding-count or nesting bounds with 413. The same report uploaded again for the same
     *     cluster is the stored one: 201 when at least one report is new, else 200.
     */
    post: operations['uploadSecurityReports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/security': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A cluster's security posture against its customer's agreed baseline.
     * @description Permission: `mpk.cluster.read` on the cluster (404 otherwise).
     *     The open deviations (failing agreed checks, and vulnerability thresholds crossed, without
     *     an active exception) with their first-seen date and remediation, the deviations corrected
     *     with their time to correct, the exceptions, the vulnerabilities by severity, a trend of
     *     open deviations, and the latest report of each source.
     */
    get: operations['getClusterSecurity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{namespace}/{name}/security/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records an exception to the agreed baseline for a check on the cluster.
     * @description Permission: `mpk.security-exception.create` on the cluster (the Engagement Manager and Lead Architect of its pod).
     *     Only signed-in users may approve an exception (a service gets 403); the approver is the
     *     caller. The expiry must be after today and at most a year away. The same exception
     *     (check, scope, expiry) sent again returns the stored one (200).
     */
    post: operations['createSecurityException'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/security/deviations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The open deviations across a customer's clusters.
     * @description Permission: `mpk.cluster.read`; only the clusters the caller may read are listed.
     */
    get: operations['getCustomerDeviations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kubernetes-versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Kubernetes releases a new cluster on the platform may run today, newest first.
     * @description Permission: `mpk.release.read`.
     *     Of the two most recent releases of the platform's release calendar that are not past end
     *     of life, those the provider has certified on the platform (`certifiedReleases` of the
     *     platform's technology in the stack), and which are not certified yet. 404 when there is no
     *     release calendar for the platform. Unknown query parameters
     *     are refused (400).
     */
    get: operations['getSupportedKubernetesVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/integrations/alertmanager': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Alertmanager's webhook receiver; keeps one ticket per alert group.
     * @description Permission: `mpk.alertmanager.receive` (Alertmanager's static token). A firing group without
     *     a ticket opens one (201); a resolved group resolves its ticket and a group firing again
     *     after its resolution reopens it (200). Repeated notifications change nothing
     *     (`unchanged`); a resolution of a group without a ticket is `ignored`. The body may be up
     *     to 5 MB.
     */
    post: operations['receiveAlertmanagerNotification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pipeline/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The runs of the local pipeline, the most recent first, of one design or of all.
     * @description Unknown query parameters are refused (400).
     */
    get: operations['listPipelineRuns'];
    put?: never;
    /**
     * Records a deployment run requested from the local pipeline.
     * @description Permission: `mpk.pipeline.run`.
     */
    post: operations['requestPipelineRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/designs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lists the designs (customer engagements) the caller may read, with their onboarding steps.
     * @description Permission: `mpk.design.read` on each design's customer; designs of other customers are
     *     left out (in the query). Ordered by the date the engagement started, newest first.
     */
    get: operations['listDesigns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/designs/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reads a design with its team, versions and onboarding steps.
     * @description Permission: `mpk.design.read` on the design's customer (404 for a person who may not read
     *     it, as for no design; 403 for a service).
     */
    get: operations['getDesign'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/designs/{name}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publishes a version of a design, shared with the customer for acceptance.
     * @description Permission: `mpk.design.publish` on the design's customer. The first publish starts the
     *     engagement: its customer, support pod and team (Engagement Manager, Lead Architect,
     *     Senior CKA engineer). Every publish with new content is a new version in state `shared`;
     *     the versions before it that were not provisioned become `superseded`, so a publish after
     *     acceptance needs acceptance again. A publish whose `contentHash` is the latest version's
     *     returns that version (200) and writes nothing, so a retried publish is harmless; each new
     *     version also takes the request's support pod and team. The customer's people are notified
     *     of a new version. `400` names each bad field: a `design` that is not a detailed design, a
     *     `contentHash` that is not the design's, a `design.name` other than the path's, a
     *     `design.customer` or `design.owner` other than the request's, or a customer, pod or team
     *     member the catalog does not have (a customer hidden from the caller is told the same), an
     *     owner that is not a support pod, or a team member without the role named (`mpk.io/role`).
     *     `409` when the name is another customer's design. The first publish is open to anyone
     *     with the permission (a Lead Architect); once the design exists, only its Lead Architect
     *     (`team.leadArchitect`, as the latest version has it) may publish a new version: anyone
     *     else gets `403` naming the design's Lead Architect. A publish may hand the design over to
     *     another Lead Architect through its `team`.
     */
    post: operations['publishDesignVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/designs/{name}/versions/{version}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records the customer admin's decision on a shared version of a design.
     * @description Permission: `mpk.design.decide` on the design's customer (the customer's admins only;
     *     `403` for anyone else who may read the design, `404` for those who may not). Only the
     *     latest version, while `shared`, can be decided; `request-changes` needs a comment. The
     *     decision is a person's: a service principal (e.g. another backend plugin) gets `403`,
     *     whatever its permissions. The same decision sent again returns the version as decided
     *     (200), but changes requested again with another comment are refused (409); another
     *     decision on a decided or superseded version is refused (409). The design's Lead Architect and
     *     Engagement Manager are notified either way.
     */
    post: operations['decideDesignVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/designs/{name}/versions/{version}/provisioning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records that an accepted version of a design is being provisioned.
     * @description Permission: `mpk.design.provision` on the design's customer. Only a version the customer
     *     accepted can be provisioned: any other is refused (409) with the reason, naming the
     *     version that was accepted, if any. The same request again returns the version as
     *     provisioned (200) while it is the current version, the newest accepted or provisioned:
     *     once a later version is accepted or provisioned, an older provisioned one is refused (409)
     *     naming the current one. The provisioning template calls this before it starts the
     *     deployment pipelines.
     */
    post: operations['recordDesignProvisioning'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Who a signed-in person is in the service. */
    MpkPersona:
      | {
          /** @constant */
          kind: 'provider';
          userEntityRef: string;
          /** @enum {string} */
          role:
            | 'engagement-manager'
            | 'lead-architect'
            | 'senior-cka-engineer'
            | 'junior-cka-engineer'
            | 'auditor';
          /** @description Entity refs of the support pods the person belongs to. */
          pods: string[];
        }
      | {
          /** @constant */
          kind: 'customer';
          userEntityRef: string;
          /** @enum {string} */
          role: 'customer-admin' | 'customer-developer';
          /** @description Names of the customers the person belongs to, e.g. `acme`. */
          customers: string[];
        }
      | {
          /** @constant */
          kind: 'unknown';
          userEntityRef: string;
          reason: string;
        };
    /** @description Backstage's error response body. */
    Error: {
      error: components['schemas']['SerializedError'];
      request: components['schemas']['ErrorRequest'];
      response: components['schemas']['ErrorResponseStatus'];
    };
    SerializedError: {
      /** @description e.g. `InputError`, `NotFoundError`, `ConflictError`. */
      name: string;
      message: string;
      /** @description Only when the backend shows stack traces (development). */
      stack?: string;
    } & {
      [key: string]: unknown;
    };
    ErrorRequest: {
      method: string;
      url: string;
    } & {
      [key: string]: unknown;
    };
    ErrorResponseStatus: {
      statusCode: number;
    } & {
      [key: string]: unknown;
    };
    HealthResponse: {
      /** @constant */
      status: 'ok';
      database: components['schemas']['DatabaseHealthOk'];
    };
    /** @description A database round trip that succeeded (the `ok` case of `DatabaseHealthReport`). */
    DatabaseHealthOk: {
      /** @constant */
      status: 'ok';
      /** @description The knex client, e.g. `pg` or `better-sqlite3`. */
      client: string;
      latencyMs: number;
    };
    /**
     * @description AWS EKS, or Rackspace Kubernetes on bare metal (RPC-K).
     * @enum {string}
     */
    ClusterPlatform: 'eks' | 'rpc-k';
    /** @enum {string} */
    ClusterEnvironment: 'production' | 'non-production';
    /** @enum {string} */
    UpgradeStrategy: 'side-by-side' | 'in-place';
    /**
     * @description The statuses of an upgrade obligation, most urgent first. `met` and `met-late` are
     *     obligations the provider fulfilled (an upgrade path certified on its platform), on time or
     *     after the due date: history, never the next obligation.
     * @enum {string}
     */
    ObligationStatus:
      | 'overdue'
      | 'due-soon'
      | 'on-track'
      | 'not-guaranteed'
      | 'outside-window'
      | 'unknown'
      | 'met-late'
      | 'met';
    /** @enum {string} */
    UpgradePlanState: 'planned' | 'in-progress' | 'done';
    /** @description A cluster as the upgrade endpoints describe it. */
    UpgradeCluster: {
      entityRef: string;
      name: string;
      title: string;
      customer: string;
      owner: string;
      environment: components['schemas']['ClusterEnvironment'];
      platform: components['schemas']['ClusterPlatform'];
      upgradeStrategy: components['schemas']['UpgradeStrategy'];
      /** @description The release line the deadlines are counted from, e.g. `1.35`. */
      kubernetesVersion: string;
      workerNodeVersions: string[];
    };
    /** @description The end of life or release an obligation is counted from. */
    UpgradeObligationEvent: {
      /** @enum {string} */
      kind: 'end-of-life' | 'release';
      /** Format: date */
      date: string;
      description: string;
    };
    /** @description One upgrade obligation of the provider towards a cluster. */
    UpgradeObligation: {
      /** @description Stable key, e.g. `kubernetes-eol`, `worker-nodes-eol:1.34`, `upgrade-path:1.36`. */
      id: string;
      what: string;
      event?: components['schemas']['UpgradeObligationEvent'];
      /** Format: date */
      dueDate?: string;
      /** @description Days from today to the due date; negative when overdue. */
      daysLeft?: number;
      status: components['schemas']['ObligationStatus'];
      /**
       * Format: date
       * @description The day the obligation was fulfilled (`met` and `met-late` only).
       */
      metOn?: string;
      /** @description Days after the due date it was fulfilled (`met-late` only). */
      daysLate?: number;
      explanation: string;
    };
    /** @description The upgrade obligations of a cluster on a given day, with why they stand as they do. */
    UpgradeAssessment: {
      /** @description The customer has at least one production and one non-production environment. */
      qualified: boolean;
      supportedLines: string[];
      withinSupportedWindow: boolean;
      /** @description Sorted by due date, undated last. */
      obligations: components['schemas']['UpgradeObligation'][];
      /** @description The open obligation due first (never a met one). */
      next?: components['schemas']['UpgradeObligation'];
      explanation: string;
    };
    /**
     * @description Where a readiness finding comes from: removed or deprecated APIs still in use, an
     *     installed component that does not support the target version, or worker nodes outside
     *     the version skew policy.
     * @enum {string}
     */
    ReadinessSource:
      | 'deprecated-api'
      | 'component-compatibility'
      | 'version-skew';
    /** @description One blocker or warning between a cluster and its next Kubernetes version. */
    ReadinessItem: {
      source: components['schemas']['ReadinessSource'];
      message: string;
      /** @description How to fix it. */
      remedy: string;
      /** @description What the finding was read from, e.g. `kubent report of 2026-11-20`. */
      evidence?: string;
    };
    /** @description A source of deprecated-API usage the readiness was judged on. */
    ApiUsageScan: {
      /** @enum {string} */
      tool: 'kubent' | 'pluto' | 'apiserver-metric';
      /**
       * Format: date-time
       * @description When the report was uploaded, or the metric read.
       */
      observedAt: string;
      /** @description Who uploaded the report (uploads only). */
      uploadedBy?: string;
      findings: number;
    };
    /** @description What stands between a cluster and its next Kubernetes minor version. */
    UpgradeReadiness: {
      /** @description The next minor version of the control plane, e.g. `1.36`. */
      targetVersion: string;
      /** @description No blockers (warnings allowed). */
      ready: boolean;
      blockers: components['schemas']['ReadinessItem'][];
      warnings: components['schemas']['ReadinessItem'][];
      /** @description The deprecated-API scans read, newest first. */
      scans: components['schemas']['ApiUsageScan'][];
    };
    /** @description A fleet row's readiness for its next version. */
    ReadinessSummary: {
      targetVersion: string;
      ready: boolean;
      blockers: components['schemas']['ReadinessItem'][];
      /** @description How many warnings. */
      warnings: number;
    };
    /** @description A weekly maintenance window, in the schedule's time zone. */
    MaintenanceWindowRule: {
      days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
      /** @description Local start time, `HH:mm`. */
      start: string;
      /** @description Local end time, `HH:mm`; at or before the start means the next day. */
      end: string;
    };
    /** @description Days on which no upgrade may be planned, both ends included. */
    MaintenanceFreeze: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      reason: string;
    };
    /** @description One occurrence of a maintenance window. */
    MaintenanceOpening: {
      /**
       * Format: date
       * @description The local day it opens on (what a plan records).
       */
      date: string;
      /**
       * Format: date-time
       * @description With the schedule's UTC offset on that day.
       */
      start: string;
      /** Format: date-time */
      end: string;
    };
    /** @description A cluster's maintenance windows and freezes (catalog `spec.maintenance`), and the next openings. */
    ClusterMaintenance: {
      timeZone: string;
      windows: components['schemas']['MaintenanceWindowRule'][];
      freezes: components['schemas']['MaintenanceFreeze'][];
      /** @description The next openings outside freezes, within 90 days (at most 8). */
      nextWindows: components['schemas']['MaintenanceOpening'][];
      /**
       * @description The first opening that starts on or before the next deadline's day; null when there
       *     is no dated deadline, it has passed, or no window opens before it.
       */
      nextWindowBeforeDeadline:
        | components['schemas']['MaintenanceOpening']
        | null;
    };
    /** @description An upgrade plan as stored. */
    UpgradePlan: {
      /** Format: date */
      plannedDate: string;
      state: components['schemas']['UpgradePlanState'];
      note: string;
      updatedBy: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description What an Engagement Manager records as a cluster's upgrade plan. */
    UpgradePlanRequest: {
      /** Format: date */
      plannedDate: string;
      state: components['schemas']['UpgradePlanState'];
      /** @default  */
      note?: string;
    };
    /**
     * @description What the cluster's Kubernetes API reported through the Kubernetes plugin; the deadlines
     *     are then counted from these versions.
     */
    ClusterUpgradeLive: {
      /** @description The cluster's name in the Kubernetes plugin's configuration. */
      kubernetesCluster: string;
      serverVersion: string;
      kubeletVersions: string[];
      declaredKubernetesVersion: string;
      /** @description Set when the API and the catalog disagree. */
      disagreement: string | null;
    };
    ClusterUpgradeResponse: {
      /**
       * Format: date
       * @description The day the deadlines were counted from, in the contract's time zone.
       */
      today: string;
      cluster: components['schemas']['UpgradeCluster'];
      live: components['schemas']['ClusterUpgradeLive'] | null;
      assessment: components['schemas']['UpgradeAssessment'];
      plan: components['schemas']['UpgradePlan'] | null;
      readiness: components['schemas']['UpgradeReadiness'];
      maintenance: components['schemas']['ClusterMaintenance'] | null;
      /**
       * @description Set for a production cluster while a non-production cluster of the same customer has
       *     not reached its next version, e.g. `Upgrade acme-staging to 1.36 first`.
       */
      orderWarning: string | null;
    };
    /** @description One row of the fleet. */
    FleetUpgradeItem: {
      cluster: components['schemas']['UpgradeCluster'];
      qualified: boolean;
      withinSupportedWindow: boolean;
      /** @description The obligation due first, if any has a date. */
      next: components['schemas']['UpgradeObligation'] | null;
      status: components['schemas']['ObligationStatus'];
      plan: components['schemas']['UpgradePlan'] | null;
      conformance: components['schemas']['ConformanceAssessment'];
      /** @description The obligations already fulfilled (`met` and `met-late`), latest first. */
      history: components['schemas']['UpgradeObligation'][];
      readiness: components['schemas']['ReadinessSummary'];
      security: components['schemas']['SecurityFleetSummary'];
    };
    FleetUpgradesResponse: {
      /** Format: date */
      today: string;
      items: components['schemas']['FleetUpgradeItem'][];
    };
    ReleaseCalendarSummary: {
      /** @description Key of the release calendar, e.g. `amazon-eks` or `kubernetes`. */
      product: string;
      title: string;
    };
    SupportedKubernetesVersionsResponse: {
      platform: components['schemas']['ClusterPlatform'];
      /** Format: date */
      today: string;
      calendar: components['schemas']['ReleaseCalendarSummary'];
      /**
       * @description The releases a new cluster may run, newest first: of the two most recent releases
       *     not past end of life, those the provider has certified on the platform.
       */
      supportedLines: string[];
      /** @description The provider's certified releases of the platform, newest first. */
      certified: components['schemas']['CertifiedRelease'][];
      /** @description Supported releases the provider has not certified on the platform yet, newest first. */
      notYetCertified: components['schemas']['UncertifiedRelease'][];
    };
    CertifiedRelease: {
      version: string;
      /** Format: date */
      certifiedOn: string;
    };
    UncertifiedRelease: {
      version: string;
      /** Format: date */
      releaseDate: string;
      /** @description e.g. `Kubernetes 1.36 (released 2026-04-22) is not yet certified on RPC-K`. */
      message: string;
    };
    /**
     * @description Ticket severities, most urgent first.
     * @enum {string}
     */
    TicketSeverity: 'urgent' | 'high' | 'normal' | 'low';
    /** @enum {string} */
    TicketCategory: 'technical' | 'non-technical';
    /** @enum {string} */
    TicketStatus: 'open' | 'resolved';
    /** @enum {string} */
    TicketEventType: 'responded' | 'resolved' | 'reopened';
    /**
     * @description Who opened the ticket - a signed-in person in the portal, a system through the API, or Alertmanager.
     * @enum {string}
     */
    TicketSource: 'portal' | 'api' | 'alertmanager';
    /** @enum {string} */
    SlaClock: '24x7' | 'business-hours';
    /** @enum {string} */
    SlaState: 'pending' | 'met' | 'breached';
    /** @description Whether the cluster's version was inside the supported window on a day, and why. */
    SupportedWindowAt: {
      /** Format: date */
      date: string;
      kubernetesVersion: string;
      supportedLines: string[];
      within: boolean;
      explanation: string;
    };
    TicketEvent: {
      type: components['schemas']['TicketEventType'];
      /** Format: date-time */
      at: string;
      /** Format: date-time */
      recordedAt: string;
      /** @description The user or service ref that recorded it. */
      recordedBy: string;
    };
    /** @description The initial-response SLA of a ticket at a moment. */
    TicketSla: {
      severity: components['schemas']['TicketSeverity'];
      /** @description ISO 8601 duration, e.g. `PT15M`. */
      target: string;
      clock: components['schemas']['SlaClock'];
      /** Format: date-time */
      dueAt: string;
      /** Format: date-time */
      atRiskFrom: string;
      state: components['schemas']['SlaState'];
      atRisk: boolean;
      applicable: boolean;
      explanation: string;
      /** Format: date-time */
      respondedAt?: string;
    };
    /** @description The Alertmanager group a ticket of source `alertmanager` tracks. */
    TicketAlertGroup: {
      groupKey: string;
      externalUrl: string | null;
    };
    /**
     * @description A ticket as lists show it (`GET /tickets`, a cluster's open tickets): its facts and SLA,
     *     without its description, events, supported window, conversation and credit.
     */
    TicketSummary: {
      id: string;
      /** @description The sending system's id; null when it gave none (always for a ticket opened in the portal). */
      externalId: string | null;
      source: components['schemas']['TicketSource'];
      /** @description Entity ref of the cluster, e.g. `resource:default/acme-prod`. */
      cluster: string;
      customer: string;
      environment: components['schemas']['ClusterEnvironment'];
      severity: components['schemas']['TicketSeverity'];
      category: components['schemas']['TicketCategory'];
      title: string;
      /** Format: date-time */
      openedAt: string;
      causedByThirdParty: boolean;
      status: components['schemas']['TicketStatus'];
      sla: components['schemas']['TicketSla'];
      alertGroup: components['schemas']['TicketAlertGroup'] | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The user or service ref that opened it; null for tickets older than the portal's desk. */
      openedBy: string | null;
      /** @description The initial response, which stopped the SLA clock; null while none. */
      response: components['schemas']['TicketResponse'] | null;
    };
    /**
     * @description A support ticket of a managed cluster with its initial-response SLA: the fields of
     *     `TicketSummary` and what the opener wrote, its events and the supported window it was
     *     judged by.
     */
    Ticket: {
      id: string;
      /** @description The sending system's id; null when it gave none (always for a ticket opened in the portal). */
      externalId: string | null;
      source: components['schemas']['TicketSource'];
      /** @description Entity ref of the cluster, e.g. `resource:default/acme-prod`. */
      cluster: string;
      customer: string;
      environment: components['schemas']['ClusterEnvironment'];
      severity: components['schemas']['TicketSeverity'];
      category: components['schemas']['TicketCategory'];
      title: string;
      /** Format: date-time */
      openedAt: string;
      causedByThirdParty: boolean;
      status: components['schemas']['TicketStatus'];
      sla: components['schemas']['TicketSla'];
      alertGroup: components['schemas']['TicketAlertGroup'] | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The user or service ref that opened it; null for tickets older than the portal's desk. */
      openedBy: string | null;
      /** @description The initial response, which stopped the SLA clock; null while none. */
      response: components['schemas']['TicketResponse'] | null;
      supportedWindow: components['schemas']['SupportedWindowAt'];
      events: components['schemas']['TicketEvent'][];
      /** @description What the opener wrote; plain text. */
      description: string | null;
      /** @description The conversation, oldest first (at most 2,000 comments); only in `GET /tickets/{id}`. */
      comments?: components['schemas']['TicketComment'][];
      /**
       * @description Only in `GET /tickets/{id}`, for a caller who may read the customer's credits: the
       *     missed initial response and the credit it earns, or null when it was not missed. Left
       *     out when the customer's catalog entry gives no contract terms.
       */
      credit?: components['schemas']['TicketCredit'] | null;
    };
    TicketResponse: {
      /** Format: date-time */
      at: string;
      /** @description The user or service ref that responded. */
      by: string;
      /**
       * @description A comment of the owning pod's staff, an acknowledgement (a `responded` event), or the resolution of a ticket nobody answered first.
       * @enum {string}
       */
      kind: 'comment' | 'acknowledgement' | 'resolution';
    };
    /**
     * @description Whether the author writes for the customer, for the provider, or is a system.
     * @enum {string}
     */
    TicketCommentSide: 'customer' | 'provider' | 'service';
    TicketComment: {
      id: string;
      ticketId: string;
      /** @description The user or service ref of the author. */
      author: string;
      /** @description The author's display name as of writing. */
      authorName: string;
      side: components['schemas']['TicketCommentSide'];
      /** @description Plain text; shown as text, never as HTML. */
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Whether this comment is the ticket's initial response. */
      countsAsResponse: boolean;
    };
    TicketCommentRequest: {
      /** @description Plain text without control characters other than line breaks and tabs; trimmed, 1 to 10,000 characters after trimming. */
      body: string;
    };
    TicketListResponse: {
      /**
       * Format: date-time
       * @description The moment the SLA states were computed.
       */
      now: string;
      items: components['schemas']['TicketSummary'][];
      totalCount: number;
    };
    /** @description How many initial responses with an SLA were on time in a period. */
    SlaCompliance: {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      met: number;
      breached: number;
      pending: number;
      /** @description Share met of those decided, 0 to 100; null when none was decided. */
      percent: number | null;
    };
    ClusterSlaCompliance: {
      last30Days: components['schemas']['SlaCompliance'];
      last90Days: components['schemas']['SlaCompliance'];
    };
    ClusterSlaResponse: {
      cluster: string;
      /** Format: date-time */
      now: string;
      /** @description Open tickets, those still waiting for a response first, each group by due time. */
      openTickets: components['schemas']['TicketSummary'][];
      compliance: components['schemas']['ClusterSlaCompliance'];
      /**
       * @description Whether the cluster's version is inside the supported window today (contract time
       *     zone), as a ticket opened now would be judged; null when the catalog does not give
       *     the cluster's platform and Kubernetes version, so that no ticket can be opened for it.
       */
      supportedWindow: components['schemas']['SupportedWindowAt'] | null;
    };
    OpenTicketRequest: {
      /**
       * @description The sending system's id, without control characters; a repeated one returns the
       *     ticket opened under it. Services only: a person is refused (400).
       */
      externalId?: string;
      /** @description Entity ref of the cluster; a bare name means `resource:default/<name>`. */
      cluster: string;
      severity: components['schemas']['TicketSeverity'];
      category: components['schemas']['TicketCategory'];
      /** @description Plain text without control characters other than line breaks and tabs; trimmed, 1 to 500 characters after trimming. */
      title: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset; not in the future. Defaults to the moment the request
       *     arrives. Services only: a person is refused (400), their tickets are opened now.
       */
      openedAt?: string;
      /** @description What happened, in plain text without control characters other than line breaks and tabs. */
      description?: string;
      /** @default false */
      causedByThirdParty?: boolean;
    };
    TicketEventRequest: {
      type: components['schemas']['TicketEventType'];
      /**
       * Format: date-time
       * @description ISO 8601 with an offset; not before the ticket was opened, not in the future.
       */
      at: string;
    };
    /** @enum {string} */
    CreditClaimStatus: 'claimed' | 'claimable' | 'expired' | 'ineligible';
    /** @description A request for a service credit, as stored. */
    CreditClaim: {
      id: string;
      ticketId: string;
      customer: string;
      /** Format: date-time */
      requestedAt: string;
      requestedBy: string;
    };
    CreditEventTicket: {
      id: string;
      title: string;
      cluster: string;
      /** Format: date-time */
      openedAt: string;
      /** @description The severity the SLA target came from (`sla.severity` of the ticket). */
      severity: components['schemas']['TicketSeverity'];
    };
    /** @description One missed initial response of a customer's month, and the credit it earns. */
    CreditEvent: {
      ticket: components['schemas']['CreditEventTicket'];
      /** Format: date-time */
      breachedAt: string;
      /** Format: date-time */
      claimDeadline: string;
      eligible: boolean;
      reasons: string[];
      claim: components['schemas']['CreditClaim'] | null;
      claimStatus: components['schemas']['CreditClaimStatus'];
      explanation: string;
    };
    /**
     * @description The credit of a ticket's missed initial response (the fields of `CreditEvent`), and the
     *     month the credits view files it under.
     */
    TicketCredit: {
      ticket: components['schemas']['CreditEventTicket'];
      /** Format: date-time */
      breachedAt: string;
      /** Format: date-time */
      claimDeadline: string;
      eligible: boolean;
      reasons: string[];
      claim: components['schemas']['CreditClaim'] | null;
      claimStatus: components['schemas']['CreditClaimStatus'];
      explanation: string;
      /** @description The month of the breach (`breachedAt`) in the contract's time zone, `YYYY-MM`, as the credits view files it. */
      month: string;
    };
    CreditsCustomer: {
      name: string;
      title: string;
      entityRef: string;
    };
    /** @description A period, inclusive, in which the customer was in breach of the agreement. */
    AgreementBreach: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      reason?: string;
    };
    /** @description The contract facts of a customer that credits depend on. */
    CustomerContract: {
      monthlySupportFeeUsd: number;
      /**
       * Format: date
       * @description The last day of the onboarding phase, if the customer had one.
       */
      onboardingUntil?: string;
      agreementBreaches: components['schemas']['AgreementBreach'][];
    };
    /** @description The service credit terms of the contract (`CREDIT_TERMS`). */
    CreditTerms: {
      /** @description Credit for each missed initial response, in US dollars (250). */
      perEventUsd: number;
      /** @description A credit must be requested within this many days after the breach (7). */
      claimWindowDays: number;
      /** @description The credits of a month are capped at this share of the monthly fee (1). */
      capShareOfMonthlyFee: number;
    };
    CreditTotals: {
      breaches: number;
      eligible: number;
      claimed: number;
      claimedUsd: number;
      capUsd: number;
      payableUsd: number;
      capped: boolean;
    };
    /** @description The SLA compliance of a customer's tickets opened in one month. */
    MonthlySlaCompliance: {
      month: string;
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      met: number;
      breached: number;
      pending: number;
      percent: number | null;
    };
    CreditsResponse: {
      customer: components['schemas']['CreditsCustomer'];
      month: string;
      /** @description The contract's time zone (IANA), in which months and claim windows are counted. */
      timeZone: string;
      /** Format: date-time */
      now: string;
      contract: components['schemas']['CustomerContract'];
      terms: components['schemas']['CreditTerms'];
      /** @description Breaches of the month in order. */
      events: components['schemas']['CreditEvent'][];
      totals: components['schemas']['CreditTotals'];
      explanation: string;
      /** @description SLA compliance of the customer's tickets per month, the 12 months up to `month`. */
      complianceByMonth: components['schemas']['MonthlySlaCompliance'][];
    };
    CreditClaimRequest: {
      ticketId: string;
    };
    CreditClaimResponse: {
      claim: components['schemas']['CreditClaim'];
      event: components['schemas']['CreditEvent'];
    };
    /** @enum {string} */
    ConformanceStatus: 'non-conformant' | 'stale' | 'unknown' | 'conformant';
    /**
     * @description Passed only without a failed spec or suite-level node.
     * @enum {string}
     */
    ConformanceRunStatus: 'passed' | 'failed';
    ConformanceAssessment: {
      status: components['schemas']['ConformanceStatus'];
      explanation: string;
    };
    ConformanceFailure: {
      name: string;
      message: string;
    };
    /** @description A conformance run without its failures, as histories list it. */
    ConformanceRunSummary: {
      id: string;
      /** @description Entity ref of the cluster. */
      cluster: string;
      /** @description As the run reported it, e.g. `v1.33.0`. */
      kubernetesVersion: string;
      /** @description The release line of `kubernetesVersion`, e.g. `1.33`. */
      kubernetesMinor: string;
      /** Format: date-time */
      finishedAt: string;
      passed: number;
      failed: number;
      skipped: number;
      /** @description Of the passed specs, those that only passed on a retry. */
      flaked: number;
      status: components['schemas']['ConformanceRunStatus'];
      /**
       * @description What was uploaded.
       * @enum {string}
       */
      source: 'sonobuoy' | 'junit';
      /** @description The e2e.log summary line the counts were checked against, when there was one. */
      logSummary: string | null;
      /** Format: date-time */
      uploadedAt: string;
      uploadedBy: string;
    };
    /** @description One conformance run of a cluster, with its first 1,000 failures. */
    ConformanceRun: {
      id: string;
      /** @description Entity ref of the cluster. */
      cluster: string;
      /** @description As the run reported it, e.g. `v1.33.0`. */
      kubernetesVersion: string;
      /** @description The release line of `kubernetesVersion`, e.g. `1.33`. */
      kubernetesMinor: string;
      /** Format: date-time */
      finishedAt: string;
      passed: number;
      failed: number;
      skipped: number;
      /** @description Of the passed specs, those that only passed on a retry. */
      flaked: number;
      status: components['schemas']['ConformanceRunStatus'];
      /** @description The first 1,000 failures, of specs and of suite-level nodes. */
      failures: components['schemas']['ConformanceFailure'][];
      /**
       * @description What was uploaded.
       * @enum {string}
       */
      source: 'sonobuoy' | 'junit';
      /** @description The e2e.log summary line the counts were checked against, when there was one. */
      logSummary: string | null;
      /** Format: date-time */
      uploadedAt: string;
      uploadedBy: string;
    };
    ClusterConformanceResponse: {
      cluster: string;
      /** @description The cluster's Kubernetes release line, as the catalog declares it. */
      kubernetesVersion: string;
      assessment: components['schemas']['ConformanceAssessment'];
      latest: components['schemas']['ConformanceRun'] | null;
      /** @description Every run, the most recently finished first, without their failures. */
      history: components['schemas']['ConformanceRunSummary'][];
    };
    ConformanceUploadRequest: {
      /**
       * Format: binary
       * @description A Sonobuoy `retrieve` tarball (.tar.gz) or a junit XML.
       */
      results: string;
      /**
       * Format: binary
       * @description The e2e.log, with Ginkgo's summary line.
       */
      log?: string;
      /**
       * @description e.g. `v1.35.2`; needed for a junit XML, which does not say it. A Sonobuoy tarball
       *     says it itself, and the field must then name the same release line. Blank counts as
       *     left out.
       */
      kubernetesVersion?: string;
      /**
       * @description When the run finished, ISO 8601 with an offset, e.g. `2026-11-20T16:30:00Z`; not in
       *     the future. Without it, the time the results give, else the upload's. Blank counts
       *     as left out.
       */
      finishedAt?: string;
    };
    DeprecatedApiReportUploadRequest: {
      /**
       * Format: binary
       * @description The JSON output of `kubent -o json` or `pluto detect-all-in-cluster -o json`.
       */
      report: string;
    };
    /** @description One object a scan found using a deprecated or removed API. */
    DeprecatedApiFinding: {
      kind: string;
      /** @description e.g. `extensions/v1beta1`. */
      apiVersion: string;
      name: string;
      namespace: string | null;
      /** @description Release line the API was deprecated in, e.g. `1.9`. */
      deprecatedIn?: string;
      /** @description Release line the API is removed in, e.g. `1.16`. */
      removedIn?: string;
      /** @description The API to move to, e.g. `apps/v1`. */
      replacement?: string;
    };
    /** @description A stored deprecated-API scan of a cluster. */
    DeprecatedApiReport: {
      id: string;
      clusterRef: string;
      /** @enum {string} */
      tool: 'kubent' | 'pluto';
      sha256: string;
      /** Format: date-time */
      uploadedAt: string;
      uploadedBy: string;
      findings: components['schemas']['DeprecatedApiFinding'][];
    };
    /** @enum {string} */
    SecurityTool:
      | 'kube-bench'
      | 'trivy-operator'
      | 'trivy'
      | 'policy-report'
      | 'polaris';
    /**
     * @description Severities, most severe first.
     * @enum {string}
     */
    SecuritySeverity: 'critical' | 'high' | 'medium' | 'low' | 'unknown';
    /**
     * @description `compliant`: no open deviation; `deviations`: at least one; `unknown`: no report yet or
     *     no baseline agreed; `stale`: the latest report is older than the configured age.
     * @enum {string}
     */
    SecurityStatus: 'compliant' | 'deviations' | 'unknown' | 'stale';
    /** @description What a finding was found on; absent fields mean cluster-wide. */
    SecurityResource: {
      namespace?: string;
      kind?: string;
      name?: string;
    };
    SecurityReportUploadRequest: {
      /** @description One or more scanner outputs (JSON or YAML), or `.tar.gz` bundles of them. */
      report: string[];
    };
    /** @description A stored report and the tool's own counts. */
    SecurityReportSummary: {
      id: string;
      tool: components['schemas']['SecurityTool'];
      /** @description e.g. `kube-bench`, `VulnerabilityReport`, `PolicyReport`, `Report`. */
      kind: string;
      name?: string;
      /**
       * @description The tool's own counts: kube-bench `pass`, `fail`, `warn`, `info`; policy reports
       *     `pass`, `fail`, `warn`, `error`, `skip`; Trivy vulnerability reports `critical`,
       *     `high`, `medium`, `low`, `unknown`.
       */
      summary: {
        [key: string]: number;
      };
      /**
       * Format: date-time
       * @description When the report was uploaded or read from the cluster.
       */
      observedAt?: string;
      uploadedBy?: string;
    };
    SecurityReportUploadResponse: {
      reports: components['schemas']['SecurityReportSummary'][];
    };
    /** @description A failing agreed check, or a vulnerability threshold crossed, with no active exception. */
    SecurityDeviation: {
      /** @description `set|check|namespace/kind/name`, stable across reports. */
      key: string;
      /** @enum {string} */
      kind: 'check' | 'vulnerability';
      set: string;
      check: string;
      title: string;
      severity?: components['schemas']['SecuritySeverity'];
      resource?: components['schemas']['SecurityResource'];
      remediation?: string;
      /** Format: date-time */
      firstSeen: string;
      ageDays: number;
      /** @description The tool and report kind it was seen in, e.g. `kube-bench`. */
      source: string;
      /**
       * Format: date
       * @description Set when an exception covered it until this day.
       */
      exceptionExpired?: string;
    };
    CorrectedDeviation: {
      key: string;
      set: string;
      check: string;
      title: string;
      resource?: components['schemas']['SecurityResource'];
      /** Format: date-time */
      firstSeen: string;
      /** Format: date-time */
      correctedAt: string;
      daysToCorrect: number;
    };
    /** @description Where an exception applies; a field left out means any. */
    SecurityExceptionScope: {
      cluster?: string;
      namespace?: string;
      kind?: string;
      name?: string;
    };
    SecurityException: {
      id: string;
      set: string;
      /** @description The check, or `*` for every check of the set. */
      check: string;
      scope: components['schemas']['SecurityExceptionScope'];
      reason: string;
      approvedBy: string;
      /** Format: date-time */
      approvedAt?: string;
      /**
       * Format: date
       * @description The last day it applies.
       */
      expires: string;
      /**
       * @description Agreed in the baseline file, or recorded in the portal.
       * @enum {string}
       */
      origin: 'baseline' | 'portal';
      /**
       * @description `expiring` within 14 days.
       * @enum {string}
       */
      state: 'active' | 'expiring' | 'expired';
    };
    SecurityExceptionRequest: {
      set: string;
      check: string;
      scope?: {
        namespace?: string;
        kind?: string;
        name?: string;
      };
      reason: string;
      /** Format: date */
      expires: string;
    };
    /** @description What the customer agreed, in words. */
    SecurityBaselineSummary: {
      customer: string;
      title: string;
      benchmarks: string[];
      policySets: string[];
      vulnerabilityThresholds: string[];
    };
    VulnerabilityCount: {
      severity: components['schemas']['SecuritySeverity'];
      fixable: number;
      notFixable: number;
    };
    DeviationTrendPoint: {
      /** Format: date */
      date: string;
      open: number;
    };
    ClusterSecurityResponse: {
      /** Format: date */
      today: string;
      status: components['schemas']['SecurityStatus'];
      explanation: string;
      baseline: components['schemas']['SecurityBaselineSummary'] | null;
      /** @description Open deviations, oldest first. */
      deviations: components['schemas']['SecurityDeviation'][];
      /** @description Deviations corrected in the last 90 days, latest first. */
      corrected: components['schemas']['CorrectedDeviation'][];
      exceptions: components['schemas']['SecurityException'][];
      vulnerabilities: components['schemas']['VulnerabilityCount'][];
      /** @description Open deviations at the end of each of the last 12 weeks, oldest first. */
      trend: components['schemas']['DeviationTrendPoint'][];
      /** @description The latest report of each tool and kind, newest first. */
      reports: components['schemas']['SecurityReportSummary'][];
    };
    SecurityFleetSummary: {
      status: components['schemas']['SecurityStatus'];
      openDeviations: number;
    };
    CustomerDeviation: {
      /** @description The cluster's entity ref. */
      cluster: string;
      clusterTitle: string;
      deviation: components['schemas']['SecurityDeviation'];
    };
    CustomerDeviationsResponse: {
      items: components['schemas']['CustomerDeviation'][];
    };
    /**
     * @description What a notification did.
     * @enum {string}
     */
    AlertmanagerOutcome:
      | 'opened'
      | 'reopened'
      | 'resolved'
      | 'unchanged'
      | 'ignored';
    AlertmanagerLabels: {
      [key: string]: string;
    };
    AlertmanagerAlert: {
      /** @enum {string} */
      status: 'firing' | 'resolved';
      labels: components['schemas']['AlertmanagerLabels'];
      annotations: components['schemas']['AlertmanagerLabels'];
      /** Format: date-time */
      startsAt: string;
      /**
       * Format: date-time
       * @description Go's zero time, `0001-01-01T00:00:00Z`, while the alert fires.
       */
      endsAt: string;
      generatorURL?: string;
      fingerprint?: string;
    };
    /**
     * @description The body of Alertmanager's webhook notifications, payload version 4
     *     (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). Other
     *     properties are ignored.
     */
    AlertmanagerWebhook: {
      /** @constant */
      version: '4';
      groupKey: string;
      /** @default 0 */
      truncatedAlerts?: number;
      /** @enum {string} */
      status: 'firing' | 'resolved';
      receiver: string;
      groupLabels: components['schemas']['AlertmanagerLabels'];
      commonLabels: components['schemas']['AlertmanagerLabels'];
      commonAnnotations: components['schemas']['AlertmanagerLabels'];
      externalURL: string;
      alerts: components['schemas']['AlertmanagerAlert'][];
    };
    AlertmanagerReceiveResponse: {
      outcome: components['schemas']['AlertmanagerOutcome'];
      /** @description The alert group's ticket; null only when the notification was `ignored`. */
      ticket: components['schemas']['Ticket'] | null;
    };
    /** @description A deployment run the local pipeline was asked for. */
    PipelineRun: {
      id: string;
      design: string;
      environment: string;
      cluster: string;
      repository: string | null;
      /** Format: date-time */
      requestedAt: string;
      /** @description The user's entity ref, or the service's subject. */
      requestedBy: string;
    };
    PipelineRunRequest: {
      design: string;
      environment: string;
      cluster: string;
      /** @default null */
      repository?: string | null;
    };
    PipelineRunList: {
      items: components['schemas']['PipelineRun'][];
    };
    /**
     * @description `shared`: waiting for the customer's decision; `accepted` / `changes-requested`: the
     *     customer admin's decision; `superseded`: a later version was published before this one
     *     was provisioned; `provisioned`: accepted and deployed.
     * @enum {string}
     */
    DesignVersionState:
      | 'shared'
      | 'accepted'
      | 'changes-requested'
      | 'superseded'
      | 'provisioned';
    /**
     * @description The engagement's state: its latest version's (`draft` before the first publish).
     * @enum {string}
     */
    DesignState:
      | 'draft'
      | 'shared'
      | 'accepted'
      | 'changes-requested'
      | 'provisioned';
    DesignTeam: {
      /** @description User entity ref of the Engagement Manager. */
      engagementManager: string;
      /** @description User entity ref of the Lead Architect. */
      leadArchitect: string;
      /** @description User entity ref of the Senior CKA engineer who provisions the design. */
      seniorCkaEngineer: string;
    };
    DesignVersion: {
      version: number;
      /**
       * @description SHA-256 of the design (`design.yaml`), hex, in its canonical form: parsed as a
       *     detailed design (defaults filled in, unknown fields dropped), written as JSON with
       *     every object's keys sorted and no spaces, UTF-8. `designContentHash` of
       *     `@mpk-portal/plugin-mpk-node` computes it; the formatting of `design.yaml` does not
       *     change it.
       */
      contentHash: string;
      state: components['schemas']['DesignVersionState'];
      /** Format: date-time */
      publishedAt: string;
      publishedBy: string;
      /** @description What changed since the previous version, one sentence each (empty for the first). */
      changes: string[];
      /**
       * @description The customer admin's decision on this version, kept when a later version supersedes
       *     it; null while undecided.
       * @enum {string|null}
       */
      decision: 'accept' | 'request-changes' | null;
      /** @description The customer admin who accepted or requested changes. */
      decidedBy: string | null;
      /** Format: date-time */
      decidedAt: string | null;
      /** @description The customer's comment with the decision. */
      comment: string | null;
      /** Format: date-time */
      provisionedAt: string | null;
      provisionedBy: string | null;
    };
    OnboardingStep: {
      /** @enum {string} */
      step:
        | 'pod-assigned'
        | 'design-shared'
        | 'design-accepted'
        | 'provisioned'
        | 'conformance-passed';
      title: string;
      /**
       * Format: date-time
       * @description When the step was reached; null while it is not.
       */
      at: string | null;
    };
    Design: {
      name: string;
      /** @description The customer's group name, e.g. `acme`. */
      customer: string;
      /** @description Group entity ref of the support pod. */
      owner: string;
      team: components['schemas']['DesignTeam'];
      state: components['schemas']['DesignState'];
      /** Format: date-time */
      startedAt: string;
      /** @description The cluster entity refs the latest version designs. */
      clusters: string[];
      /** @description Every version, oldest first. */
      versions: components['schemas']['DesignVersion'][];
      steps: components['schemas']['OnboardingStep'][];
    };
    DesignList: {
      items: components['schemas']['Design'][];
    };
    DesignPublishRequest: {
      /** @description The customer's name, a DNS label, read as the catalog's `group:default/<customer>`. */
      customer: string;
      /** @description Group entity ref of the support pod. */
      owner: string;
      team: components['schemas']['DesignTeam'];
      /** @description SHA-256 of `design` in its canonical form (see `DesignVersion.contentHash`). */
      contentHash: string;
      /**
       * @description The design (`design.yaml` as JSON), a detailed design whose `name` is the path's,
       *     `customer` and `owner` the request's, and whose SHA-256 is `contentHash`.
       */
      design: {
        [key: string]: unknown;
      };
    };
    DesignDecisionRequest: {
      /** @enum {string} */
      decision: 'accept' | 'request-changes';
      /**
       * @description Required to request changes: what to change. Plain text (no control characters but
       *     line breaks and tabs), trimmed.
       */
      comment?: string;
    };
    DesignProvisioningRequest: {
      /** @description SHA-256 of the design being deployed; must be the version's. */
      contentHash: string;
    };
  };
  responses: {
    /**
     * @description The request is malformed or names something unusable (`InputError`); the message names
     *     every bad field.
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No or invalid credentials. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /**
     * @description The caller may not do this: a missing permission, a principal type the endpoint does not
     *     take, or a token restricted to other plugins (`NotAllowedError`).
     */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The cluster, ticket or release calendar does not exist (`NotFoundError`). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The request contradicts what is stored (`ConflictError`). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body, or an uploaded file or archive, is over its size limit. */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The JSON body's charset or content encoding is not supported. */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The plugin's database does not answer (`ServiceUnavailableError`). */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /**
     * @description The design's name, a DNS label, e.g. `acme-platform` (`400` naming the parameter
     *     otherwise).
     */
    DesignName: string;
    /**
     * @description The version's number, from 1: digits only, no leading zero, at most 6 (`400` naming the
     *     parameter otherwise).
     */
    DesignVersionNumber: number;
    /** @description Catalog namespace of the cluster entity, e.g. `default`. */
    Namespace: string;
    /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
    Name: string;
    /** @description The ticket's id. */
    TicketId: string;
    /**
     * @description The sender's key for this request (printable ASCII, no spaces, e.g. a UUID); a retry with
     *     the same key writes nothing more.
     */
    IdempotencyKey: string;
    /** @description Customer (group) names, e.g. `acme`. */
    CustomerFilter: string[];
    /** @description Refs of the support pods that own the clusters, e.g. `group:default/pod-blue`. */
    OwnerFilter: string[];
    /** @description Statuses of the next obligation (`unknown` for a cluster without one). */
    ObligationStatusFilter: components['schemas']['ObligationStatus'][];
    /** @description Security statuses of the clusters to list. */
    SecurityStatusFilter: components['schemas']['SecurityStatus'][];
    /** @description `ready` for clusters with no blockers to their next version, `blocked` for the others. */
    ReadinessFilter: 'ready' | 'blocked';
    /** @description By days left to the next obligation. */
    Order: 'asc' | 'desc';
    /**
     * @description Permission: `mpk.pipeline.read`.
     *     Cluster entity refs; a bare name means `resource:default/<name>`.
     */
    ClusterFilter: string[];
    /** @description States of the tickets' initial-response SLA. */
    SlaStateFilter: components['schemas']['SlaState'][];
    TicketStatusFilter: components['schemas']['TicketStatus'][];
    /** @description Tickets opened at or after this instant (ISO 8601 with an offset). */
    OpenedFrom: string;
    /** @description Tickets opened before this instant (ISO 8601 with an offset). */
    OpenedBefore: string;
    Limit: number;
    Offset: number;
    /** @description The customer's group name, e.g. `acme`. */
    CreditsCustomer: string;
    /** @description The month as `YYYY-MM`; the current month in the contract's time zone by default. */
    Month: string;
    Platform: components['schemas']['ClusterPlatform'];
    /** @description Only the runs of this design; left out or empty, every run. */
    Design: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plugin and its database answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  getPersona: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller's persona. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MpkPersona'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getClusterUpgrade: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster's upgrade obligations and plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterUpgradeResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  saveUpgradePlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpgradePlanRequest'];
      };
    };
    responses: {
      /** @description The plan as stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpgradePlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  getFleetUpgrades: {
    parameters: {
      query?: {
        /** @description Customer (group) names, e.g. `acme`. */
        customer?: components['parameters']['CustomerFilter'];
        /** @description Refs of the support pods that own the clusters, e.g. `group:default/pod-blue`. */
        owner?: components['parameters']['OwnerFilter'];
        /** @description Statuses of the next obligation (`unknown` for a cluster without one). */
        status?: components['parameters']['ObligationStatusFilter'];
        /** @description `ready` for clusters with no blockers to their next version, `blocked` for the others. */
        readiness?: components['parameters']['ReadinessFilter'];
        /** @description Security statuses of the clusters to list. */
        security?: components['parameters']['SecurityStatusFilter'];
        /** @description By days left to the next obligation. */
        order?: components['parameters']['Order'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fleet. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FleetUpgradesResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getClusterSla: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster's open tickets, SLA compliance and supported window today. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterSlaResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listTickets: {
    parameters: {
      query?: {
        /**
         * @description Permission: `mpk.pipeline.read`.
         *     Cluster entity refs; a bare name means `resource:default/<name>`.
         */
        cluster?: components['parameters']['ClusterFilter'];
        /** @description Customer (group) names, e.g. `acme`. */
        customer?: components['parameters']['CustomerFilter'];
        /** @description States of the tickets' initial-response SLA. */
        state?: components['parameters']['SlaStateFilter'];
        status?: components['parameters']['TicketStatusFilter'];
        /** @description Tickets opened at or after this instant (ISO 8601 with an offset). */
        from?: components['parameters']['OpenedFrom'];
        /** @description Tickets opened before this instant (ISO 8601 with an offset). */
        to?: components['parameters']['OpenedBefore'];
        limit?: components['parameters']['Limit'];
        offset?: components['parameters']['Offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tickets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketListResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  openTicket: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The sender's key for this request (printable ASCII, no spaces, e.g. a UUID); a retry with
         *     the same key writes nothing more.
         */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenTicketRequest'];
      };
    };
    responses: {
      /** @description The ticket already opened under the same `externalId`, or by the same person under the same `Idempotency-Key`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The ticket opened. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  getTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ticket's id. */
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ticket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  addTicketEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ticket's id. */
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketEventRequest'];
      };
    };
    responses: {
      /** @description The event had already been recorded; the ticket as it stands. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The event recorded; the ticket with it. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  addTicketComment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The sender's key for this request (printable ASCII, no spaces, e.g. a UUID); a retry with
         *     the same key writes nothing more.
         */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        /** @description The ticket's id. */
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketCommentRequest'];
      };
    };
    responses: {
      /** @description The comment written earlier under the same `Idempotency-Key`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketComment'];
        };
      };
      /** @description The comment written. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketComment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  getCredits: {
    parameters: {
      query: {
        /** @description The customer's group name, e.g. `acme`. */
        customer: components['parameters']['CreditsCustomer'];
        /** @description The month as `YYYY-MM`; the current month in the contract's time zone by default. */
        month?: components['parameters']['Month'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer's credits for the month. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  claimCredit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreditClaimRequest'];
      };
    };
    responses: {
      /** @description The ticket's credit had already been claimed; that claim. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditClaimResponse'];
        };
      };
      /** @description The claim recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditClaimResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  getClusterConformance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster's conformance. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterConformanceResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  uploadConformance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['ConformanceUploadRequest'];
      };
    };
    responses: {
      /** @description The same results had already been uploaded for this cluster; that run. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConformanceRun'];
        };
      };
      /** @description The run recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConformanceRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  uploadDeprecatedApiReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['DeprecatedApiReportUploadRequest'];
      };
    };
    responses: {
      /** @description The same report had already been uploaded for this cluster; that report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeprecatedApiReport'];
        };
      };
      /** @description The report recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeprecatedApiReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  uploadSecurityReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['SecurityReportUploadRequest'];
      };
    };
    responses: {
      /** @description Every report had already been uploaded for this cluster. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityReportUploadResponse'];
        };
      };
      /** @description The reports recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityReportUploadResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getClusterSecurity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster's security posture. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterSecurityResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createSecurityException: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the cluster entity, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description Name of the cluster entity (a `Resource` of type `kubernetes-cluster`). */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SecurityExceptionRequest'];
      };
    };
    responses: {
      /** @description The same exception had already been recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityException'];
        };
      };
      /** @description The exception recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityException'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getCustomerDeviations: {
    parameters: {
      query?: {
        /** @description Customer (group) names, e.g. `acme`. */
        customer?: components['parameters']['CustomerFilter'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open deviations, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDeviationsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getSupportedKubernetesVersions: {
    parameters: {
      query: {
        platform: components['parameters']['Platform'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The supported release lines. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportedKubernetesVersionsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  receiveAlertmanagerNotification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AlertmanagerWebhook'];
      };
    };
    responses: {
      /** @description The notification resolved, reopened, changed nothing or was ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertmanagerReceiveResponse'];
        };
      };
      /** @description The notification opened a ticket (`outcome` is `opened`). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertmanagerReceiveResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  listPipelineRuns: {
    parameters: {
      query?: {
        /** @description Only the runs of this design; left out or empty, every run. */
        design?: components['parameters']['Design'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  requestPipelineRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineRunRequest'];
      };
    };
    responses: {
      /** @description The run recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  listDesigns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The designs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DesignList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getDesign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The design's name, a DNS label, e.g. `acme-platform` (`400` naming the parameter
         *     otherwise).
         */
        name: components['parameters']['DesignName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The design. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Design'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  publishDesignVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The design's name, a DNS label, e.g. `acme-platform` (`400` naming the parameter
         *     otherwise).
         */
        name: components['parameters']['DesignName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DesignPublishRequest'];
      };
    };
    responses: {
      /** @description The latest version already has this content; nothing was written. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Design'];
        };
      };
      /** @description The new version, and the design it belongs to. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Design'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  decideDesignVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The design's name, a DNS label, e.g. `acme-platform` (`400` naming the parameter
         *     otherwise).
         */
        name: components['parameters']['DesignName'];
        /**
         * @description The version's number, from 1: digits only, no leading zero, at most 6 (`400` naming the
         *     parameter otherwise).
         */
        version: components['parameters']['DesignVersionNumber'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DesignDecisionRequest'];
      };
    };
    responses: {
      /** @description The same decision was recorded earlier; nothing was written. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Design'];
        };
      };
      /** @description The decision recorded; the design with the decided version. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Design'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  recordDesignProvisioning: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The design's name, a DNS label, e.g. `acme-platform` (`400` naming the parameter
         *     otherwise).
         */
        name: components['parameters']['DesignName'];
        /**
         * @description The version's number, from 1: digits only, no leading zero, at most 6 (`400` naming the
         *     parameter otherwise).
         */
        version: components['parameters']['DesignVersionNumber'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DesignProvisioningRequest'];
      };
    };
    responses: {
      /** @description The version was already recorded as provisioned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Design'];
        };
      };
      /** @description The version is now provisioned. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Design'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
}
