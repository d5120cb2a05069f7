// THIS FILE IS GENERATED from plugins/mpk-backend/src/schema/openapi.yaml by
// plugins/mpk-backend/scripts/openapi.mjs; do not edit it, run `npm run openapi:generate`.
/* eslint-disable */

import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import { MpkApiOperations } from '@mpk-portal/plugin-mpk-common';

/** The mpk HTTP contract, which the router serves at `/openapi.json`. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'mpk',
    version: '1',
    description:
      "The HTTP API of the Managed Platform for Kubernetes portal's backend plugin (`mpk`): upgrade\nobligations and plans, support tickets with their initial-response SLA, service credits,\nCNCF conformance runs, the releases a new cluster may run, Alertmanager's webhook and the\nlocal deployment pipeline.\n\nPaths are relative to the plugin's base URL, e.g. `http://localhost:7007/api/mpk`. Every\nendpoint needs a signed-in user or a service (`Authorization: Bearer <token>`); writing\nendpoints also check permissions. Errors are Backstage's error bodies (`Error`).\n",
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {},
    {
      JWT: [],
    },
  ],
  tags: [
    {
      name: 'Health',
      description: 'Whether the plugin and its database answer.',
    },
    {
      name: 'Upgrades',
      description:
        'Upgrade obligations of clusters, the fleet view, and upgrade plans.',
    },
    {
      name: 'Tickets',
      description:
        'Support tickets with their initial-response SLA, and SLA compliance.',
    },
    {
      name: 'Credits',
      description:
        'Service credits for missed initial responses, and their claims.',
    },
    {
      name: 'Conformance',
      description: 'CNCF conformance runs of clusters.',
    },
    {
      name: 'Releases',
      description: 'The Kubernetes releases a new cluster may run.',
    },
    {
      name: 'Integrations',
      description: "Receivers of other systems' notifications.",
    },
    {
      name: 'Pipeline',
      description: 'The local deployment pipeline of the default install.',
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'getHealth',
        tags: ['Health'],
        summary: 'Whether the plugin and its database answer.',
        description:
          "Answers 200 when the plugin's database answers a round trip, 503 naming the database\nclient and its error when it does not.\n",
        responses: {
          '200': {
            description: 'The plugin and its database answer.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/HealthResponse',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/clusters/{namespace}/{name}/upgrade': {
      get: {
        operationId: 'getClusterUpgrade',
        tags: ['Upgrades'],
        summary: 'The upgrade obligations and recorded plan of a cluster.',
        description:
          "The cluster's upgrade obligations on today (in the contract's time zone), counted from the\nversions its Kubernetes API reports when the entity names its cluster in the Kubernetes\nplugin and it answers, else from the versions the catalog declares. 404 when the catalog\nhas no `kubernetes-cluster` of that name; 400 when its catalog entry is incomplete.\n",
        parameters: [
          {
            $ref: '#/components/parameters/Namespace',
          },
          {
            $ref: '#/components/parameters/Name',
          },
        ],
        responses: {
          '200': {
            description: "The cluster's upgrade obligations and plan.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClusterUpgradeResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/clusters/{namespace}/{name}/upgrade-plan': {
      put: {
        operationId: 'saveUpgradePlan',
        tags: ['Upgrades'],
        summary:
          'Records the upgrade plan of a cluster, replacing any previous one.',
        description:
          'Only signed-in users may record a plan (a service gets 403); the server adds who and when.\n',
        parameters: [
          {
            $ref: '#/components/parameters/Namespace',
          },
          {
            $ref: '#/components/parameters/Name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpgradePlanRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The plan as stored.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UpgradePlan',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
        },
      },
    },
    '/fleet/upgrades': {
      get: {
        operationId: 'getFleetUpgrades',
        tags: ['Upgrades'],
        summary:
          'Every cluster with its next upgrade obligation, sorted by days left.',
        description:
          'Every cluster of the catalog whose entry is complete, with its next dated obligation, plan\nand conformance status, sorted by days left to that obligation; clusters without a dated\nobligation come last in either order. A filter left out selects everything; a repeated\nfilter selects any of its values.\n',
        parameters: [
          {
            $ref: '#/components/parameters/CustomerFilter',
          },
          {
            $ref: '#/components/parameters/OwnerFilter',
          },
          {
            $ref: '#/components/parameters/ObligationStatusFilter',
          },
          {
            $ref: '#/components/parameters/Order',
          },
        ],
        responses: {
          '200': {
            description: 'The fleet.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FleetUpgradesResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/clusters/{namespace}/{name}/sla': {
      get: {
        operationId: 'getClusterSla',
        tags: ['Tickets'],
        summary:
          'The open tickets of a cluster with their SLA, and its compliance over 30 and 90 days.',
        parameters: [
          {
            $ref: '#/components/parameters/Namespace',
          },
          {
            $ref: '#/components/parameters/Name',
          },
        ],
        responses: {
          '200': {
            description: "The cluster's open tickets and SLA compliance.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClusterSlaResponse',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/tickets': {
      get: {
        operationId: 'listTickets',
        tags: ['Tickets'],
        summary: 'Tickets with their SLA, the most recently opened first.',
        description:
          'A filter left out selects everything; a repeated filter selects any of its values.\n`totalCount` counts every ticket matching the filters, `items` is the page `offset` to\n`offset + limit`. Unknown query parameters are refused (400).\n',
        parameters: [
          {
            $ref: '#/components/parameters/ClusterFilter',
          },
          {
            $ref: '#/components/parameters/CustomerFilter',
          },
          {
            $ref: '#/components/parameters/SlaStateFilter',
          },
          {
            $ref: '#/components/parameters/TicketStatusFilter',
          },
          {
            $ref: '#/components/parameters/OpenedFrom',
          },
          {
            $ref: '#/components/parameters/OpenedBefore',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/Offset',
          },
        ],
        responses: {
          '200': {
            description: 'A page of tickets.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TicketListResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
      post: {
        operationId: 'openTicket',
        tags: ['Tickets'],
        summary: 'Opens a support ticket of a managed cluster.',
        description:
          "Needs the permission `mpk.ticket.create`. The cluster's facts (customer, environment,\nKubernetes version) are read from the catalog now and kept with the ticket. A repeated\n`externalId` returns the ticket already opened under it (200), or 409 when the request\ndiffers from it in cluster, severity, category or opening time.\n",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/OpenTicketRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The ticket already opened under the same `externalId`.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Ticket',
                },
              },
            },
          },
          '201': {
            description: 'The ticket opened.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Ticket',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
        },
      },
    },
    '/tickets/{id}': {
      get: {
        operationId: 'getTicket',
        tags: ['Tickets'],
        summary: 'One ticket with its SLA now.',
        parameters: [
          {
            $ref: '#/components/parameters/TicketId',
          },
        ],
        responses: {
          '200': {
            description: 'The ticket.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Ticket',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/tickets/{id}/events': {
      post: {
        operationId: 'addTicketEvent',
        tags: ['Tickets'],
        summary: 'Records a response, resolution or reopening of a ticket.',
        description:
          'Needs the permission `mpk.ticket.update`. The same event again (same type and time)\nchanges nothing (200). Resolving needs an open ticket and reopening a resolved one, each\nnot before the last change of status (409 otherwise); an event before the ticket was\nopened or in the future is refused (400).\n',
        parameters: [
          {
            $ref: '#/components/parameters/TicketId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/TicketEventRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The event had already been recorded; the ticket as it stands.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Ticket',
                },
              },
            },
          },
          '201': {
            description: 'The event recorded; the ticket with it.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Ticket',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
        },
      },
    },
    '/credits': {
      get: {
        operationId: 'getCredits',
        tags: ['Credits'],
        summary:
          "A customer's missed initial responses and credits for a month.",
        description:
          "The breaches of the month (by when the response was due, in the contract's time zone),\nwhat each earns, the capped total of the claimed ones, and the customer's SLA compliance\nover the 12 months up to that month. 400 for a customer the catalog does not have as a\n`customer` group, or whose group lacks its contract terms. Unknown query parameters are\nrefused (400).\n",
        parameters: [
          {
            $ref: '#/components/parameters/CreditsCustomer',
          },
          {
            $ref: '#/components/parameters/Month',
          },
        ],
        responses: {
          '200': {
            description: "The customer's credits for the month.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CreditsResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/credits/claims': {
      post: {
        operationId: 'claimCredit',
        tags: ['Credits'],
        summary: 'Requests the credit of a missed initial response.',
        description:
          'Needs the permission `mpk.credit.claim`. Refused (400) with the reason, storing nothing,\nwhen the ticket does not exist, carries no SLA, has no missed response, the breach earns\nno credit or the 7-day claim window has closed. A second claim for the same ticket\nreturns the first (200).\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreditClaimRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              "The ticket's credit had already been claimed; that claim.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CreditClaimResponse',
                },
              },
            },
          },
          '201': {
            description: 'The claim recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CreditClaimResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
        },
      },
    },
    '/clusters/{namespace}/{name}/conformance': {
      get: {
        operationId: 'getClusterConformance',
        tags: ['Conformance'],
        summary:
          "A cluster's conformance status, latest run with its failures, and history.",
        parameters: [
          {
            $ref: '#/components/parameters/Namespace',
          },
          {
            $ref: '#/components/parameters/Name',
          },
        ],
        responses: {
          '200': {
            description: "The cluster's conformance.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClusterConformanceResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      post: {
        operationId: 'uploadConformance',
        tags: ['Conformance'],
        summary: 'Uploads the results of a conformance run.',
        description:
          'Needs the permission `mpk.conformance.upload`. A `multipart/form-data` form with a\n`results` file (a Sonobuoy `retrieve` tarball or a junit XML), optionally the `log` file\n(the e2e.log, whose Ginkgo summary the counts are checked against) and the\n`kubernetesVersion` and `finishedAt` fields; each file is parsed as it streams in. The\nsame results file uploaded again for the same cluster returns the first run (200). A\nmalformed or contradictory upload is refused with 400, a file over the configured size or\na tarball over the configured entry or decompressed-size limits with 413; nothing is\nstored then.\n',
        parameters: [
          {
            $ref: '#/components/parameters/Namespace',
          },
          {
            $ref: '#/components/parameters/Name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/ConformanceUploadRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The same results had already been uploaded for this cluster; that run.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConformanceRun',
                },
              },
            },
          },
          '201': {
            description: 'The run recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConformanceRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
        },
      },
    },
    '/kubernetes-versions': {
      get: {
        operationId: 'getSupportedKubernetesVersions',
        tags: ['Releases'],
        summary:
          'The Kubernetes releases a new cluster on the platform may run today, newest first.',
        description:
          "The two most recent releases of the platform's release calendar that are not past end of\nlife. 404 when there is no release calendar for the platform. Unknown query parameters\nare refused (400).\n",
        parameters: [
          {
            $ref: '#/components/parameters/Platform',
          },
        ],
        responses: {
          '200': {
            description: 'The supported release lines.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SupportedKubernetesVersionsResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/integrations/alertmanager': {
      post: {
        operationId: 'receiveAlertmanagerNotification',
        tags: ['Integrations'],
        summary:
          "Alertmanager's webhook receiver; keeps one ticket per alert group.",
        description:
          'Needs the permissions `mpk.ticket.create` and `mpk.ticket.update`. A firing group without\na ticket opens one (201); a resolved group resolves its ticket and a group firing again\nafter its resolution reopens it (200). Repeated notifications change nothing\n(`unchanged`); a resolution of a group without a ticket is `ignored`. The body may be up\nto 5 MB.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AlertmanagerWebhook',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The notification resolved, reopened, changed nothing or was ignored.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AlertmanagerReceiveResponse',
                },
              },
            },
          },
          '201': {
            description:
              'The notification opened a ticket (`outcome` is `opened`).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AlertmanagerReceiveResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
        },
      },
    },
    '/pipeline/runs': {
      post: {
        operationId: 'requestPipelineRun',
        tags: ['Pipeline'],
        summary: 'Records a deployment run requested from the local pipeline.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/PipelineRunRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The run recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PipelineRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
        },
      },
      get: {
        operationId: 'listPipelineRuns',
        tags: ['Pipeline'],
        summary:
          'The runs of the local pipeline, the most recent first, of one design or of all.',
        description: 'Unknown query parameters are refused (400).',
        parameters: [
          {
            $ref: '#/components/parameters/Design',
          },
        ],
        responses: {
          '200': {
            description: 'The runs.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PipelineRunList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      JWT: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
      },
    },
    parameters: {
      Namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description: 'Catalog namespace of the cluster entity, e.g. `default`.',
        schema: {
          type: 'string',
        },
      },
      Name: {
        name: 'name',
        in: 'path',
        required: true,
        description:
          'Name of the cluster entity (a `Resource` of type `kubernetes-cluster`).',
        schema: {
          type: 'string',
        },
      },
      TicketId: {
        name: 'id',
        in: 'path',
        required: true,
        description: "The ticket's id.",
        schema: {
          type: 'string',
        },
      },
      CustomerFilter: {
        name: 'customer',
        in: 'query',
        required: false,
        description: 'Customer (group) names, e.g. `acme`.',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          items: {
            type: 'string',
            minLength: 1,
          },
        },
      },
      OwnerFilter: {
        name: 'owner',
        in: 'query',
        required: false,
        description:
          'Refs of the support pods that own the clusters, e.g. `group:default/pod-blue`.',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          items: {
            type: 'string',
            minLength: 1,
          },
        },
      },
      ObligationStatusFilter: {
        name: 'status',
        in: 'query',
        required: false,
        description:
          'Statuses of the next obligation (`unknown` for a cluster without one).',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ObligationStatus',
          },
        },
      },
      Order: {
        name: 'order',
        in: 'query',
        required: false,
        description: 'By days left to the next obligation.',
        schema: {
          type: 'string',
          enum: ['asc', 'desc'],
          default: 'asc',
        },
      },
      ClusterFilter: {
        name: 'cluster',
        in: 'query',
        required: false,
        description:
          'Cluster entity refs; a bare name means `resource:default/<name>`.\n',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          items: {
            type: 'string',
            minLength: 1,
          },
        },
      },
      SlaStateFilter: {
        name: 'state',
        in: 'query',
        required: false,
        description: "States of the tickets' initial-response SLA.",
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SlaState',
          },
        },
      },
      TicketStatusFilter: {
        name: 'status',
        in: 'query',
        required: false,
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/TicketStatus',
          },
        },
      },
      OpenedFrom: {
        name: 'from',
        in: 'query',
        required: false,
        description:
          'Tickets opened at or after this instant (ISO 8601 with an offset).',
        schema: {
          type: 'string',
          format: 'date-time',
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
        },
      },
      OpenedBefore: {
        name: 'to',
        in: 'query',
        required: false,
        description:
          'Tickets opened before this instant (ISO 8601 with an offset).',
        schema: {
          type: 'string',
          format: 'date-time',
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
        },
      },
      Limit: {
        name: 'limit',
        in: 'query',
        required: false,
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: 100,
        },
      },
      Offset: {
        name: 'offset',
        in: 'query',
        required: false,
        schema: {
          type: 'integer',
          minimum: 0,
          default: 0,
        },
      },
      CreditsCustomer: {
        name: 'customer',
        in: 'query',
        required: true,
        description: "The customer's group name, e.g. `acme`.",
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      Month: {
        name: 'month',
        in: 'query',
        required: false,
        description:
          "The month as `YYYY-MM`; the current month in the contract's time zone by default.",
        schema: {
          type: 'string',
          pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
        },
      },
      Platform: {
        name: 'platform',
        in: 'query',
        required: true,
        schema: {
          $ref: '#/components/schemas/ClusterPlatform',
        },
      },
      Design: {
        name: 'design',
        in: 'query',
        required: false,
        description:
          'Only the runs of this design; left out or empty, every run.',
        schema: {
          type: 'string',
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'The request is malformed or names something unusable (`InputError`); the message names\nevery bad field.\n',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'No or invalid credentials.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description:
          'The caller may not do this: a missing permission, a principal type the endpoint does not\ntake, or a token restricted to other plugins (`NotAllowedError`).\n',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description:
          'The cluster, ticket or release calendar does not exist (`NotFoundError`).',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description:
          'The request contradicts what is stored (`ConflictError`).',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      PayloadTooLarge: {
        description:
          'The body, or an uploaded file or archive, is over its size limit.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      UnsupportedMediaType: {
        description:
          "The JSON body's charset or content encoding is not supported.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      ServiceUnavailable: {
        description:
          "The plugin's database does not answer (`ServiceUnavailableError`).",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        description: "Backstage's error response body.",
        type: 'object',
        additionalProperties: false,
        required: ['error', 'request', 'response'],
        properties: {
          error: {
            $ref: '#/components/schemas/SerializedError',
          },
          request: {
            $ref: '#/components/schemas/ErrorRequest',
          },
          response: {
            $ref: '#/components/schemas/ErrorResponseStatus',
          },
        },
      },
      SerializedError: {
        type: 'object',
        additionalProperties: true,
        required: ['name', 'message'],
        properties: {
          name: {
            type: 'string',
            description: 'e.g. `InputError`, `NotFoundError`, `ConflictError`.',
          },
          message: {
            type: 'string',
          },
          stack: {
            type: 'string',
            description:
              'Only when the backend shows stack traces (development).',
          },
        },
      },
      ErrorRequest: {
        type: 'object',
        additionalProperties: true,
        required: ['method', 'url'],
        properties: {
          method: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
        },
      },
      ErrorResponseStatus: {
        type: 'object',
        additionalProperties: true,
        required: ['statusCode'],
        properties: {
          statusCode: {
            type: 'integer',
          },
        },
      },
      HealthResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'database'],
        properties: {
          status: {
            type: 'string',
            const: 'ok',
          },
          database: {
            $ref: '#/components/schemas/DatabaseHealthOk',
          },
        },
      },
      DatabaseHealthOk: {
        description:
          'A database round trip that succeeded (the `ok` case of `DatabaseHealthReport`).',
        type: 'object',
        additionalProperties: false,
        required: ['status', 'client', 'latencyMs'],
        properties: {
          status: {
            type: 'string',
            const: 'ok',
          },
          client: {
            type: 'string',
            description: 'The knex client, e.g. `pg` or `better-sqlite3`.',
          },
          latencyMs: {
            type: 'number',
            minimum: 0,
          },
        },
      },
      ClusterPlatform: {
        description: 'AWS EKS, or Rackspace Kubernetes on bare metal (RPC-K).',
        type: 'string',
        enum: ['eks', 'rpc-k'],
      },
      ClusterEnvironment: {
        type: 'string',
        enum: ['production', 'non-production'],
      },
      UpgradeStrategy: {
        type: 'string',
        enum: ['side-by-side', 'in-place'],
      },
      ObligationStatus: {
        description:
          'The statuses of an upgrade obligation, most urgent first.',
        type: 'string',
        enum: [
          'overdue',
          'due-soon',
          'on-track',
          'not-guaranteed',
          'outside-window',
          'unknown',
        ],
      },
      UpgradePlanState: {
        type: 'string',
        enum: ['planned', 'in-progress', 'done'],
      },
      UpgradeCluster: {
        description: 'A cluster as the upgrade endpoints describe it.',
        type: 'object',
        additionalProperties: false,
        required: [
          'entityRef',
          'name',
          'title',
          'customer',
          'owner',
          'environment',
          'platform',
          'upgradeStrategy',
          'kubernetesVersion',
          'workerNodeVersions',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          customer: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          environment: {
            $ref: '#/components/schemas/ClusterEnvironment',
          },
          platform: {
            $ref: '#/components/schemas/ClusterPlatform',
          },
          upgradeStrategy: {
            $ref: '#/components/schemas/UpgradeStrategy',
          },
          kubernetesVersion: {
            type: 'string',
            description:
              'The release line the deadlines are counted from, e.g. `1.35`.',
          },
          workerNodeVersions: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      UpgradeObligationEvent: {
        description:
          'The end of life or release an obligation is counted from.',
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'date', 'description'],
        properties: {
          kind: {
            type: 'string',
            enum: ['end-of-life', 'release'],
          },
          date: {
            type: 'string',
            format: 'date',
          },
          description: {
            type: 'string',
          },
        },
      },
      UpgradeObligation: {
        description:
          'One upgrade obligation of the provider towards a cluster.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'what', 'status', 'explanation'],
        properties: {
          id: {
            type: 'string',
            description:
              'Stable key, e.g. `kubernetes-eol`, `worker-nodes-eol:1.34`, `upgrade-path:1.36`.',
          },
          what: {
            type: 'string',
          },
          event: {
            $ref: '#/components/schemas/UpgradeObligationEvent',
          },
          dueDate: {
            type: 'string',
            format: 'date',
          },
          daysLeft: {
            type: 'integer',
            description:
              'Days from today to the due date; negative when overdue.',
          },
          status: {
            $ref: '#/components/schemas/ObligationStatus',
          },
          explanation: {
            type: 'string',
          },
        },
      },
      UpgradeAssessment: {
        description:
          'The upgrade obligations of a cluster on a given day, with why they stand as they do.',
        type: 'object',
        additionalProperties: false,
        required: [
          'qualified',
          'supportedLines',
          'withinSupportedWindow',
          'obligations',
          'explanation',
        ],
        properties: {
          qualified: {
            type: 'boolean',
            description:
              'The customer has at least one production and one non-production environment.',
          },
          supportedLines: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          withinSupportedWindow: {
            type: 'boolean',
          },
          obligations: {
            description: 'Sorted by due date, undated last.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/UpgradeObligation',
            },
          },
          next: {
            $ref: '#/components/schemas/UpgradeObligation',
          },
          explanation: {
            type: 'string',
          },
        },
      },
      UpgradePlan: {
        description: 'An upgrade plan as stored.',
        type: 'object',
        additionalProperties: false,
        required: ['plannedDate', 'state', 'note', 'updatedBy', 'updatedAt'],
        properties: {
          plannedDate: {
            type: 'string',
            format: 'date',
          },
          state: {
            $ref: '#/components/schemas/UpgradePlanState',
          },
          note: {
            type: 'string',
          },
          updatedBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      UpgradePlanRequest: {
        description:
          "What an Engagement Manager records as a cluster's upgrade plan.",
        type: 'object',
        additionalProperties: false,
        required: ['plannedDate', 'state'],
        properties: {
          plannedDate: {
            type: 'string',
            format: 'date',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          },
          state: {
            $ref: '#/components/schemas/UpgradePlanState',
          },
          note: {
            type: 'string',
            maxLength: 2000,
            default: '',
          },
        },
      },
      ClusterUpgradeLive: {
        description:
          "What the cluster's Kubernetes API reported through the Kubernetes plugin; the deadlines\nare then counted from these versions.\n",
        type: 'object',
        additionalProperties: false,
        required: [
          'kubernetesCluster',
          'serverVersion',
          'kubeletVersions',
          'declaredKubernetesVersion',
          'disagreement',
        ],
        properties: {
          kubernetesCluster: {
            type: 'string',
            description:
              "The cluster's name in the Kubernetes plugin's configuration.",
          },
          serverVersion: {
            type: 'string',
          },
          kubeletVersions: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          declaredKubernetesVersion: {
            type: 'string',
          },
          disagreement: {
            type: ['string', 'null'],
            description: 'Set when the API and the catalog disagree.',
          },
        },
      },
      ClusterUpgradeResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['today', 'cluster', 'live', 'assessment', 'plan'],
        properties: {
          today: {
            type: 'string',
            format: 'date',
            description:
              "The day the deadlines were counted from, in the contract's time zone.",
          },
          cluster: {
            $ref: '#/components/schemas/UpgradeCluster',
          },
          live: {
            oneOf: [
              {
                $ref: '#/components/schemas/ClusterUpgradeLive',
              },
              {
                type: 'null',
              },
            ],
          },
          assessment: {
            $ref: '#/components/schemas/UpgradeAssessment',
          },
          plan: {
            oneOf: [
              {
                $ref: '#/components/schemas/UpgradePlan',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      FleetUpgradeItem: {
        description: 'One row of the fleet.',
        type: 'object',
        additionalProperties: false,
        required: [
          'cluster',
          'qualified',
          'withinSupportedWindow',
          'next',
          'status',
          'plan',
          'conformance',
        ],
        properties: {
          cluster: {
            $ref: '#/components/schemas/UpgradeCluster',
          },
          qualified: {
            type: 'boolean',
          },
          withinSupportedWindow: {
            type: 'boolean',
          },
          next: {
            description: 'The obligation due first, if any has a date.',
            oneOf: [
              {
                $ref: '#/components/schemas/UpgradeObligation',
              },
              {
                type: 'null',
              },
            ],
          },
          status: {
            $ref: '#/components/schemas/ObligationStatus',
          },
          plan: {
            oneOf: [
              {
                $ref: '#/components/schemas/UpgradePlan',
              },
              {
                type: 'null',
              },
            ],
          },
          conformance: {
            $ref: '#/components/schemas/ConformanceAssessment',
          },
        },
      },
      FleetUpgradesResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['today', 'items'],
        properties: {
          today: {
            type: 'string',
            format: 'date',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetUpgradeItem',
            },
          },
        },
      },
      ReleaseCalendarSummary: {
        type: 'object',
        additionalProperties: false,
        required: ['product', 'title'],
        properties: {
          product: {
            type: 'string',
            description:
              'Key of the release calendar, e.g. `amazon-eks` or `kubernetes`.',
          },
          title: {
            type: 'string',
          },
        },
      },
      SupportedKubernetesVersionsResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['platform', 'today', 'calendar', 'supportedLines'],
        properties: {
          platform: {
            $ref: '#/components/schemas/ClusterPlatform',
          },
          today: {
            type: 'string',
            format: 'date',
          },
          calendar: {
            $ref: '#/components/schemas/ReleaseCalendarSummary',
          },
          supportedLines: {
            description:
              'The two most recent releases not past end of life, newest first.',
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      TicketSeverity: {
        description: 'Ticket severities, most urgent first.',
        type: 'string',
        enum: ['urgent', 'high', 'normal', 'low'],
      },
      TicketCategory: {
        type: 'string',
        enum: ['technical', 'non-technical'],
      },
      TicketStatus: {
        type: 'string',
        enum: ['open', 'resolved'],
      },
      TicketEventType: {
        type: 'string',
        enum: ['responded', 'resolved', 'reopened'],
      },
      TicketSource: {
        type: 'string',
        enum: ['api', 'alertmanager'],
      },
      SlaClock: {
        type: 'string',
        enum: ['24x7', 'business-hours'],
      },
      SlaState: {
        type: 'string',
        enum: ['pending', 'met', 'breached'],
      },
      SupportedWindowAt: {
        description:
          "Whether the cluster's version was inside the supported window on a day, and why.",
        type: 'object',
        additionalProperties: false,
        required: [
          'date',
          'kubernetesVersion',
          'supportedLines',
          'within',
          'explanation',
        ],
        properties: {
          date: {
            type: 'string',
            format: 'date',
          },
          kubernetesVersion: {
            type: 'string',
          },
          supportedLines: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          within: {
            type: 'boolean',
          },
          explanation: {
            type: 'string',
          },
        },
      },
      TicketEvent: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'at', 'recordedAt', 'recordedBy'],
        properties: {
          type: {
            $ref: '#/components/schemas/TicketEventType',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          recordedAt: {
            type: 'string',
            format: 'date-time',
          },
          recordedBy: {
            type: 'string',
            description: 'The user or service ref that recorded it.',
          },
        },
      },
      TicketSla: {
        description: 'The initial-response SLA of a ticket at a moment.',
        type: 'object',
        additionalProperties: false,
        required: [
          'severity',
          'target',
          'clock',
          'dueAt',
          'atRiskFrom',
          'state',
          'atRisk',
          'applicable',
          'explanation',
        ],
        properties: {
          severity: {
            $ref: '#/components/schemas/TicketSeverity',
          },
          target: {
            type: 'string',
            description: 'ISO 8601 duration, e.g. `PT15M`.',
            pattern: '^PT(?:\\d+H(?:\\d+M)?|\\d+M)$',
          },
          clock: {
            $ref: '#/components/schemas/SlaClock',
          },
          dueAt: {
            type: 'string',
            format: 'date-time',
          },
          atRiskFrom: {
            type: 'string',
            format: 'date-time',
          },
          state: {
            $ref: '#/components/schemas/SlaState',
          },
          atRisk: {
            type: 'boolean',
          },
          applicable: {
            type: 'boolean',
          },
          explanation: {
            type: 'string',
          },
          respondedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      TicketAlertGroup: {
        description:
          'The Alertmanager group a ticket of source `alertmanager` tracks.',
        type: 'object',
        additionalProperties: false,
        required: ['groupKey', 'externalUrl'],
        properties: {
          groupKey: {
            type: 'string',
          },
          externalUrl: {
            type: ['string', 'null'],
          },
        },
      },
      Ticket: {
        description:
          'A support ticket of a managed cluster with its initial-response SLA.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'externalId',
          'source',
          'cluster',
          'customer',
          'environment',
          'severity',
          'category',
          'title',
          'openedAt',
          'causedByThirdParty',
          'status',
          'supportedWindow',
          'events',
          'sla',
          'alertGroup',
          'createdAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          externalId: {
            type: ['string', 'null'],
          },
          source: {
            $ref: '#/components/schemas/TicketSource',
          },
          cluster: {
            type: 'string',
            description:
              'Entity ref of the cluster, e.g. `resource:default/acme-prod`.',
          },
          customer: {
            type: 'string',
          },
          environment: {
            $ref: '#/components/schemas/ClusterEnvironment',
          },
          severity: {
            $ref: '#/components/schemas/TicketSeverity',
          },
          category: {
            $ref: '#/components/schemas/TicketCategory',
          },
          title: {
            type: 'string',
          },
          openedAt: {
            type: 'string',
            format: 'date-time',
          },
          causedByThirdParty: {
            type: 'boolean',
          },
          status: {
            $ref: '#/components/schemas/TicketStatus',
          },
          supportedWindow: {
            $ref: '#/components/schemas/SupportedWindowAt',
          },
          events: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TicketEvent',
            },
          },
          sla: {
            $ref: '#/components/schemas/TicketSla',
          },
          alertGroup: {
            oneOf: [
              {
                $ref: '#/components/schemas/TicketAlertGroup',
              },
              {
                type: 'null',
              },
            ],
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      TicketListResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['now', 'items', 'totalCount'],
        properties: {
          now: {
            type: 'string',
            format: 'date-time',
            description: 'The moment the SLA states were computed.',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Ticket',
            },
          },
          totalCount: {
            type: 'integer',
            minimum: 0,
          },
        },
      },
      SlaCompliance: {
        description:
          'How many initial responses with an SLA were on time in a period.',
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to', 'met', 'breached', 'pending', 'percent'],
        properties: {
          from: {
            type: 'string',
            format: 'date-time',
          },
          to: {
            type: 'string',
            format: 'date-time',
          },
          met: {
            type: 'integer',
            minimum: 0,
          },
          breached: {
            type: 'integer',
            minimum: 0,
          },
          pending: {
            type: 'integer',
            minimum: 0,
          },
          percent: {
            description:
              'Share met of those decided, 0 to 100; null when none was decided.',
            type: ['number', 'null'],
            minimum: 0,
            maximum: 100,
          },
        },
      },
      ClusterSlaCompliance: {
        type: 'object',
        additionalProperties: false,
        required: ['last30Days', 'last90Days'],
        properties: {
          last30Days: {
            $ref: '#/components/schemas/SlaCompliance',
          },
          last90Days: {
            $ref: '#/components/schemas/SlaCompliance',
          },
        },
      },
      ClusterSlaResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['cluster', 'now', 'openTickets', 'compliance'],
        properties: {
          cluster: {
            type: 'string',
          },
          now: {
            type: 'string',
            format: 'date-time',
          },
          openTickets: {
            description:
              'Open tickets, those still waiting for a response first, each group by due time.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/Ticket',
            },
          },
          compliance: {
            $ref: '#/components/schemas/ClusterSlaCompliance',
          },
        },
      },
      OpenTicketRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['cluster', 'severity', 'category', 'title', 'openedAt'],
        properties: {
          externalId: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            description:
              "The sender's id; a repeated one returns the ticket opened under it.",
          },
          cluster: {
            type: 'string',
            minLength: 1,
            description:
              'Entity ref of the cluster; a bare name means `resource:default/<name>`.',
          },
          severity: {
            $ref: '#/components/schemas/TicketSeverity',
          },
          category: {
            $ref: '#/components/schemas/TicketCategory',
          },
          title: {
            type: 'string',
            description: 'Trimmed; 1 to 500 characters after trimming.',
            pattern: '^\\s*\\S(?:[\\s\\S]{0,498}\\S)?\\s*$',
          },
          openedAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            description: 'ISO 8601 with an offset; not in the future.',
          },
          causedByThirdParty: {
            type: 'boolean',
            default: false,
          },
        },
      },
      TicketEventRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'at'],
        properties: {
          type: {
            $ref: '#/components/schemas/TicketEventType',
          },
          at: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            description:
              'ISO 8601 with an offset; not before the ticket was opened, not in the future.',
          },
        },
      },
      CreditClaimStatus: {
        type: 'string',
        enum: ['claimed', 'claimable', 'expired', 'ineligible'],
      },
      CreditClaim: {
        description: 'A request for a service credit, as stored.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'ticketId', 'customer', 'requestedAt', 'requestedBy'],
        properties: {
          id: {
            type: 'string',
          },
          ticketId: {
            type: 'string',
          },
          customer: {
            type: 'string',
          },
          requestedAt: {
            type: 'string',
            format: 'date-time',
          },
          requestedBy: {
            type: 'string',
          },
        },
      },
      CreditEventTicket: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'cluster', 'openedAt', 'severity'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          cluster: {
            type: 'string',
          },
          openedAt: {
            type: 'string',
            format: 'date-time',
          },
          severity: {
            $ref: '#/components/schemas/TicketSeverity',
            description:
              'The severity the SLA target came from (`sla.severity` of the ticket).',
          },
        },
      },
      CreditEvent: {
        description:
          "One missed initial response of a customer's month, and the credit it earns.",
        type: 'object',
        additionalProperties: false,
        required: [
          'ticket',
          'breachedAt',
          'claimDeadline',
          'eligible',
          'reasons',
          'claim',
          'claimStatus',
          'explanation',
        ],
        properties: {
          ticket: {
            $ref: '#/components/schemas/CreditEventTicket',
          },
          breachedAt: {
            type: 'string',
            format: 'date-time',
          },
          claimDeadline: {
            type: 'string',
            format: 'date-time',
          },
          eligible: {
            type: 'boolean',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          claim: {
            oneOf: [
              {
                $ref: '#/components/schemas/CreditClaim',
              },
              {
                type: 'null',
              },
            ],
          },
          claimStatus: {
            $ref: '#/components/schemas/CreditClaimStatus',
          },
          explanation: {
            type: 'string',
          },
        },
      },
      CreditsCustomer: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'title', 'entityRef'],
        properties: {
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
        },
      },
      AgreementBreach: {
        description:
          'A period, inclusive, in which the customer was in breach of the agreement.',
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: {
          from: {
            type: 'string',
            format: 'date',
          },
          to: {
            type: 'string',
            format: 'date',
          },
          reason: {
            type: 'string',
          },
        },
      },
      CustomerContract: {
        description: 'The contract facts of a customer that credits depend on.',
        type: 'object',
        additionalProperties: false,
        required: ['monthlySupportFeeUsd', 'agreementBreaches'],
        properties: {
          monthlySupportFeeUsd: {
            type: 'number',
            minimum: 0,
          },
          onboardingUntil: {
            type: 'string',
            format: 'date',
            description:
              'The last day of the onboarding phase, if the customer had one.',
          },
          agreementBreaches: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AgreementBreach',
            },
          },
        },
      },
      CreditTerms: {
        description:
          'The service credit terms of the contract (`CREDIT_TERMS`).',
        type: 'object',
        additionalProperties: false,
        required: ['perEventUsd', 'claimWindowDays', 'capShareOfMonthlyFee'],
        properties: {
          perEventUsd: {
            type: 'number',
            description:
              'Credit for each missed initial response, in US dollars (250).',
          },
          claimWindowDays: {
            type: 'integer',
            description:
              'A credit must be requested within this many days after the breach (7).',
          },
          capShareOfMonthlyFee: {
            type: 'number',
            description:
              'The credits of a month are capped at this share of the monthly fee (1).',
          },
        },
      },
      CreditTotals: {
        type: 'object',
        additionalProperties: false,
        required: [
          'breaches',
          'eligible',
          'claimed',
          'claimedUsd',
          'capUsd',
          'payableUsd',
          'capped',
        ],
        properties: {
          breaches: {
            type: 'integer',
            minimum: 0,
          },
          eligible: {
            type: 'integer',
            minimum: 0,
          },
          claimed: {
            type: 'integer',
            minimum: 0,
          },
          claimedUsd: {
            type: 'number',
            minimum: 0,
          },
          capUsd: {
            type: 'number',
            minimum: 0,
          },
          payableUsd: {
            type: 'number',
            minimum: 0,
          },
          capped: {
            type: 'boolean',
          },
        },
      },
      MonthlySlaCompliance: {
        description:
          "The SLA compliance of a customer's tickets opened in one month.",
        type: 'object',
        additionalProperties: false,
        required: [
          'month',
          'from',
          'to',
          'met',
          'breached',
          'pending',
          'percent',
        ],
        properties: {
          month: {
            type: 'string',
            pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
          },
          from: {
            type: 'string',
            format: 'date-time',
          },
          to: {
            type: 'string',
            format: 'date-time',
          },
          met: {
            type: 'integer',
            minimum: 0,
          },
          breached: {
            type: 'integer',
            minimum: 0,
          },
          pending: {
            type: 'integer',
            minimum: 0,
          },
          percent: {
            type: ['number', 'null'],
            minimum: 0,
            maximum: 100,
          },
        },
      },
      CreditsResponse: {
        type: 'object',
        additionalProperties: false,
        required: [
          'customer',
          'month',
          'timeZone',
          'now',
          'contract',
          'terms',
          'events',
          'totals',
          'explanation',
          'complianceByMonth',
        ],
        properties: {
          customer: {
            $ref: '#/components/schemas/CreditsCustomer',
          },
          month: {
            type: 'string',
            pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
          },
          timeZone: {
            type: 'string',
            description:
              "The contract's time zone (IANA), in which months and claim windows are counted.",
          },
          now: {
            type: 'string',
            format: 'date-time',
          },
          contract: {
            $ref: '#/components/schemas/CustomerContract',
          },
          terms: {
            $ref: '#/components/schemas/CreditTerms',
          },
          events: {
            description: 'Breaches of the month in order.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/CreditEvent',
            },
          },
          totals: {
            $ref: '#/components/schemas/CreditTotals',
          },
          explanation: {
            type: 'string',
          },
          complianceByMonth: {
            description:
              "SLA compliance of the customer's tickets per month, the 12 months up to `month`.",
            type: 'array',
            items: {
              $ref: '#/components/schemas/MonthlySlaCompliance',
            },
          },
        },
      },
      CreditClaimRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['ticketId'],
        properties: {
          ticketId: {
            type: 'string',
            minLength: 1,
          },
        },
      },
      CreditClaimResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['claim', 'event'],
        properties: {
          claim: {
            $ref: '#/components/schemas/CreditClaim',
          },
          event: {
            $ref: '#/components/schemas/CreditEvent',
          },
        },
      },
      ConformanceStatus: {
        type: 'string',
        enum: ['non-conformant', 'stale', 'unknown', 'conformant'],
      },
      ConformanceRunStatus: {
        description: 'Passed only without a failed spec or suite-level node.',
        type: 'string',
        enum: ['passed', 'failed'],
      },
      ConformanceAssessment: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'explanation'],
        properties: {
          status: {
            $ref: '#/components/schemas/ConformanceStatus',
          },
          explanation: {
            type: 'string',
          },
        },
      },
      ConformanceFailure: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'message'],
        properties: {
          name: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
        },
      },
      ConformanceRunSummary: {
        description:
          'A conformance run without its failures, as histories list it.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'cluster',
          'kubernetesVersion',
          'kubernetesMinor',
          'finishedAt',
          'passed',
          'failed',
          'skipped',
          'flaked',
          'status',
          'source',
          'logSummary',
          'uploadedAt',
          'uploadedBy',
        ],
        properties: {
          id: {
            type: 'string',
          },
          cluster: {
            type: 'string',
            description: 'Entity ref of the cluster.',
          },
          kubernetesVersion: {
            type: 'string',
            description: 'As the run reported it, e.g. `v1.33.0`.',
          },
          kubernetesMinor: {
            type: 'string',
            description:
              'The release line of `kubernetesVersion`, e.g. `1.33`.',
          },
          finishedAt: {
            type: 'string',
            format: 'date-time',
          },
          passed: {
            type: 'integer',
            minimum: 0,
          },
          failed: {
            type: 'integer',
            minimum: 0,
          },
          skipped: {
            type: 'integer',
            minimum: 0,
          },
          flaked: {
            type: 'integer',
            minimum: 0,
            description:
              'Of the passed specs, those that only passed on a retry.',
          },
          status: {
            $ref: '#/components/schemas/ConformanceRunStatus',
          },
          source: {
            type: 'string',
            enum: ['sonobuoy', 'junit'],
            description: 'What was uploaded.',
          },
          logSummary: {
            type: ['string', 'null'],
            description:
              'The e2e.log summary line the counts were checked against, when there was one.',
          },
          uploadedAt: {
            type: 'string',
            format: 'date-time',
          },
          uploadedBy: {
            type: 'string',
          },
        },
      },
      ConformanceRun: {
        description:
          'One conformance run of a cluster, with its first 1,000 failures.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'cluster',
          'kubernetesVersion',
          'kubernetesMinor',
          'finishedAt',
          'passed',
          'failed',
          'skipped',
          'flaked',
          'status',
          'failures',
          'source',
          'logSummary',
          'uploadedAt',
          'uploadedBy',
        ],
        properties: {
          id: {
            type: 'string',
          },
          cluster: {
            type: 'string',
            description: 'Entity ref of the cluster.',
          },
          kubernetesVersion: {
            type: 'string',
            description: 'As the run reported it, e.g. `v1.33.0`.',
          },
          kubernetesMinor: {
            type: 'string',
            description:
              'The release line of `kubernetesVersion`, e.g. `1.33`.',
          },
          finishedAt: {
            type: 'string',
            format: 'date-time',
          },
          passed: {
            type: 'integer',
            minimum: 0,
          },
          failed: {
            type: 'integer',
            minimum: 0,
          },
          skipped: {
            type: 'integer',
            minimum: 0,
          },
          flaked: {
            type: 'integer',
            minimum: 0,
            description:
              'Of the passed specs, those that only passed on a retry.',
          },
          status: {
            $ref: '#/components/schemas/ConformanceRunStatus',
          },
          failures: {
            description:
              'The first 1,000 failures, of specs and of suite-level nodes.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConformanceFailure',
            },
          },
          source: {
            type: 'string',
            enum: ['sonobuoy', 'junit'],
            description: 'What was uploaded.',
          },
          logSummary: {
            type: ['string', 'null'],
            description:
              'The e2e.log summary line the counts were checked against, when there was one.',
          },
          uploadedAt: {
            type: 'string',
            format: 'date-time',
          },
          uploadedBy: {
            type: 'string',
          },
        },
      },
      ClusterConformanceResponse: {
        type: 'object',
        additionalProperties: false,
        required: [
          'cluster',
          'kubernetesVersion',
          'assessment',
          'latest',
          'history',
        ],
        properties: {
          cluster: {
            type: 'string',
          },
          kubernetesVersion: {
            type: 'string',
            description:
              "The cluster's Kubernetes release line, as the catalog declares it.",
          },
          assessment: {
            $ref: '#/components/schemas/ConformanceAssessment',
          },
          latest: {
            oneOf: [
              {
                $ref: '#/components/schemas/ConformanceRun',
              },
              {
                type: 'null',
              },
            ],
          },
          history: {
            description:
              'Every run, the most recently finished first, without their failures.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConformanceRunSummary',
            },
          },
        },
      },
      ConformanceUploadRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['results'],
        properties: {
          results: {
            type: 'string',
            format: 'binary',
            description:
              'A Sonobuoy `retrieve` tarball (.tar.gz) or a junit XML.',
          },
          log: {
            type: 'string',
            format: 'binary',
            description: "The e2e.log, with Ginkgo's summary line.",
          },
          kubernetesVersion: {
            type: 'string',
            description:
              'e.g. `v1.35.2`; needed for a junit XML, which does not say it. A Sonobuoy tarball\nsays it itself, and the field must then name the same release line. Blank counts as\nleft out.\n',
            pattern: '^\\s*(?:v?\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,4})?)?\\s*$',
          },
          finishedAt: {
            type: 'string',
            description:
              "When the run finished, ISO 8601 with an offset, e.g. `2026-11-20T16:30:00Z`; not in\nthe future. Without it, the time the results give, else the upload's. Blank counts\nas left out.\n",
            pattern:
              '^\\s*(?:\\d{4}-\\d{2}-\\d{2}T.*(?:Z|[+-]\\d{2}:\\d{2}))?\\s*$',
          },
        },
      },
      AlertmanagerOutcome: {
        description: 'What a notification did.',
        type: 'string',
        enum: ['opened', 'reopened', 'resolved', 'unchanged', 'ignored'],
      },
      AlertmanagerLabels: {
        type: 'object',
        additionalProperties: {
          type: 'string',
        },
      },
      AlertmanagerAlert: {
        type: 'object',
        required: ['status', 'labels', 'annotations', 'startsAt', 'endsAt'],
        properties: {
          status: {
            type: 'string',
            enum: ['firing', 'resolved'],
          },
          labels: {
            $ref: '#/components/schemas/AlertmanagerLabels',
          },
          annotations: {
            $ref: '#/components/schemas/AlertmanagerLabels',
          },
          startsAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
          },
          endsAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            description:
              "Go's zero time, `0001-01-01T00:00:00Z`, while the alert fires.",
          },
          generatorURL: {
            type: 'string',
          },
          fingerprint: {
            type: 'string',
          },
        },
      },
      AlertmanagerWebhook: {
        description:
          "The body of Alertmanager's webhook notifications, payload version 4\n(https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). Other\nproperties are ignored.\n",
        type: 'object',
        required: [
          'version',
          'groupKey',
          'status',
          'receiver',
          'groupLabels',
          'commonLabels',
          'commonAnnotations',
          'externalURL',
          'alerts',
        ],
        properties: {
          version: {
            type: 'string',
            const: '4',
          },
          groupKey: {
            type: 'string',
            minLength: 1,
          },
          truncatedAlerts: {
            type: 'integer',
            minimum: 0,
            default: 0,
          },
          status: {
            type: 'string',
            enum: ['firing', 'resolved'],
          },
          receiver: {
            type: 'string',
          },
          groupLabels: {
            $ref: '#/components/schemas/AlertmanagerLabels',
          },
          commonLabels: {
            $ref: '#/components/schemas/AlertmanagerLabels',
          },
          commonAnnotations: {
            $ref: '#/components/schemas/AlertmanagerLabels',
          },
          externalURL: {
            type: 'string',
          },
          alerts: {
            type: 'array',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/AlertmanagerAlert',
            },
          },
        },
      },
      AlertmanagerReceiveResponse: {
        type: 'object',
        additionalProperties: false,
        required: ['outcome', 'ticket'],
        properties: {
          outcome: {
            $ref: '#/components/schemas/AlertmanagerOutcome',
          },
          ticket: {
            description:
              "The alert group's ticket; null only when the notification was `ignored`.",
            oneOf: [
              {
                $ref: '#/components/schemas/Ticket',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      PipelineRun: {
        description: 'A deployment run the local pipeline was asked for.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'design',
          'environment',
          'cluster',
          'repository',
          'requestedAt',
          'requestedBy',
        ],
        properties: {
          id: {
            type: 'string',
          },
          design: {
            type: 'string',
          },
          environment: {
            type: 'string',
          },
          cluster: {
            type: 'string',
          },
          repository: {
            type: ['string', 'null'],
          },
          requestedAt: {
            type: 'string',
            format: 'date-time',
          },
          requestedBy: {
            type: 'string',
            description: "The user's entity ref, or the service's subject.",
          },
        },
      },
      PipelineRunRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['design', 'environment', 'cluster'],
        properties: {
          design: {
            type: 'string',
            minLength: 1,
          },
          environment: {
            type: 'string',
            minLength: 1,
          },
          cluster: {
            type: 'string',
            minLength: 1,
          },
          repository: {
            type: ['string', 'null'],
            default: null,
          },
        },
      },
      PipelineRunList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PipelineRun',
            },
          },
        },
      },
    },
  },
} as const;

type JsonBodies<Responses> = {
  [Status in keyof Responses]: Responses[Status] extends {
    content: { 'application/json': infer Body };
  }
    ? Body
    : never;
}[keyof Responses];

/** What each route of the contract takes and answers. */
export type EndpointMap = {
  '#get|/health': {
    response: JsonBodies<MpkApiOperations['getHealth']['responses']>;
  };
  '#get|/clusters/{namespace}/{name}/upgrade': {
    path: MpkApiOperations['getClusterUpgrade']['parameters']['path'];
    response: JsonBodies<MpkApiOperations['getClusterUpgrade']['responses']>;
  };
  '#put|/clusters/{namespace}/{name}/upgrade-plan': {
    path: MpkApiOperations['saveUpgradePlan']['parameters']['path'];
    body: NonNullable<
      MpkApiOperations['saveUpgradePlan']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['saveUpgradePlan']['responses']>;
  };
  '#get|/fleet/upgrades': {
    query: NonNullable<
      MpkApiOperations['getFleetUpgrades']['parameters']['query']
    >;
    response: JsonBodies<MpkApiOperations['getFleetUpgrades']['responses']>;
  };
  '#get|/clusters/{namespace}/{name}/sla': {
    path: MpkApiOperations['getClusterSla']['parameters']['path'];
    response: JsonBodies<MpkApiOperations['getClusterSla']['responses']>;
  };
  '#get|/tickets': {
    query: NonNullable<MpkApiOperations['listTickets']['parameters']['query']>;
    response: JsonBodies<MpkApiOperations['listTickets']['responses']>;
  };
  '#post|/tickets': {
    body: NonNullable<
      MpkApiOperations['openTicket']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['openTicket']['responses']>;
  };
  '#get|/tickets/{id}': {
    path: MpkApiOperations['getTicket']['parameters']['path'];
    response: JsonBodies<MpkApiOperations['getTicket']['responses']>;
  };
  '#post|/tickets/{id}/events': {
    path: MpkApiOperations['addTicketEvent']['parameters']['path'];
    body: NonNullable<
      MpkApiOperations['addTicketEvent']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['addTicketEvent']['responses']>;
  };
  '#get|/credits': {
    query: NonNullable<MpkApiOperations['getCredits']['parameters']['query']>;
    response: JsonBodies<MpkApiOperations['getCredits']['responses']>;
  };
  '#post|/credits/claims': {
    body: NonNullable<
      MpkApiOperations['claimCredit']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['claimCredit']['responses']>;
  };
  '#get|/clusters/{namespace}/{name}/conformance': {
    path: MpkApiOperations['getClusterConformance']['parameters']['path'];
    response: JsonBodies<
      MpkApiOperations['getClusterConformance']['responses']
    >;
  };
  '#post|/clusters/{namespace}/{name}/conformance': {
    path: MpkApiOperations['uploadConformance']['parameters']['path'];
    response: JsonBodies<MpkApiOperations['uploadConformance']['responses']>;
  };
  '#get|/kubernetes-versions': {
    query: NonNullable<
      MpkApiOperations['getSupportedKubernetesVersions']['parameters']['query']
    >;
    response: JsonBodies<
      MpkApiOperations['getSupportedKubernetesVersions']['responses']
    >;
  };
  '#post|/integrations/alertmanager': {
    body: NonNullable<
      MpkApiOperations['receiveAlertmanagerNotification']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<
      MpkApiOperations['receiveAlertmanagerNotification']['responses']
    >;
  };
  '#get|/pipeline/runs': {
    query: NonNullable<
      MpkApiOperations['listPipelineRuns']['parameters']['query']
    >;
    response: JsonBodies<MpkApiOperations['listPipelineRuns']['responses']>;
  };
  '#post|/pipeline/runs': {
    body: NonNullable<
      MpkApiOperations['requestPipelineRun']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['requestPipelineRun']['responses']>;
  };
};

/** A router whose routes are typed by {@link EndpointMap}. */
export const createOpenApiRouter = (
  options?: Parameters<
    typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
  >[1],
) =>
  createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(
    spec,
    options,
  );
