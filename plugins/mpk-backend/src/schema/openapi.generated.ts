// THIS FILE IS GENERATED from plugins/mpk-backend/src/schema/openapi.yaml by
// plugins/mpk-backend/scripts/openapi.mjs; do not edit it, run `npm run openapi:generate`.
/* eslint-disable */

import {
  createValidatedOpenApiRouterFromGeneratedEndpointMap,
  internal,
} from '@backstage/backend-openapi-utils';
import { MpkApiOperations } from '@mpk-portal/plugin-mpk-common';
import specJson from './openapiSpec.generated.json';

/** The mpk HTTP contract, which the router serves at `/openapi.json`. */
export const spec = specJson as unknown as internal.RequiredDoc;

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
  '#get|/persona': {
    response: JsonBodies<MpkApiOperations['getPersona']['responses']>;
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
  '#post|/tickets/{id}/comments': {
    path: MpkApiOperations['addTicketComment']['parameters']['path'];
    body: NonNullable<
      MpkApiOperations['addTicketComment']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['addTicketComment']['responses']>;
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
  '#post|/clusters/{namespace}/{name}/deprecated-api-reports': {
    path: MpkApiOperations['uploadDeprecatedApiReport']['parameters']['path'];
    response: JsonBodies<
      MpkApiOperations['uploadDeprecatedApiReport']['responses']
    >;
  };
  '#post|/clusters/{namespace}/{name}/security-reports': {
    path: MpkApiOperations['uploadSecurityReports']['parameters']['path'];
    response: JsonBodies<
      MpkApiOperations['uploadSecurityReports']['responses']
    >;
  };
  '#get|/clusters/{namespace}/{name}/security': {
    path: MpkApiOperations['getClusterSecurity']['parameters']['path'];
    response: JsonBodies<MpkApiOperations['getClusterSecurity']['responses']>;
  };
  '#post|/clusters/{namespace}/{name}/security/exceptions': {
    path: MpkApiOperations['createSecurityException']['parameters']['path'];
    body: NonNullable<
      MpkApiOperations['createSecurityException']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<
      MpkApiOperations['createSecurityException']['responses']
    >;
  };
  '#get|/security/deviations': {
    query: NonNullable<
      MpkApiOperations['getCustomerDeviations']['parameters']['query']
    >;
    response: JsonBodies<
      MpkApiOperations['getCustomerDeviations']['responses']
    >;
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
  '#get|/designs': {
    response: JsonBodies<MpkApiOperations['listDesigns']['responses']>;
  };
  '#get|/designs/{name}': {
    path: MpkApiOperations['getDesign']['parameters']['path'];
    response: JsonBodies<MpkApiOperations['getDesign']['responses']>;
  };
  '#post|/designs/{name}/versions': {
    path: MpkApiOperations['publishDesignVersion']['parameters']['path'];
    body: NonNullable<
      MpkApiOperations['publishDesignVersion']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['publishDesignVersion']['responses']>;
  };
  '#post|/designs/{name}/versions/{version}/decision': {
    path: MpkApiOperations['decideDesignVersion']['parameters']['path'];
    body: NonNullable<
      MpkApiOperations['decideDesignVersion']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<MpkApiOperations['decideDesignVersion']['responses']>;
  };
  '#post|/designs/{name}/versions/{version}/provisioning': {
    path: MpkApiOperations['recordDesignProvisioning']['parameters']['path'];
    body: NonNullable<
      MpkApiOperations['recordDesignProvisioning']['requestBody']
    >['content']['application/json'];
    response: JsonBodies<
      MpkApiOperations['recordDesignProvisioning']['responses']
    >;
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
