/**
 * Contract rules and shared types of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export * from './cluster/clusterEntity';
export * from './names/kubernetesNames';
export * from './stack/supportTiers';
export * from './stack/stackDefinition';
export * from './stack/stackEntity';
export * from './upgrade/calendarDates';
export * from './upgrade/releaseCalendar';
export * from './upgrade/upgradeObligations';
export * from './upgrade/endOfLifeApi';
export * from './upgrade/upgradeApi';
export * from './upgrade/readiness/readinessApi';
export * from './upgrade/readiness/deprecatedApiCatalog';
export { toReleaseLine } from './upgrade/readiness/releaseLines';
export * from './upgrade/readiness/kubentReport';
export * from './upgrade/readiness/plutoReport';
export * from './upgrade/readiness/deprecatedApiReport';
export * from './upgrade/readiness/deprecatedApiMetric';
export * from './upgrade/readiness/deprecatedApiReadiness';
export type {
  DeprecatedApiParseResult,
  DeprecatedApiScanTool,
} from './upgrade/readiness/deprecatedApiInput';
export { MAX_DEPRECATED_API_FINDINGS } from './upgrade/readiness/deprecatedApiInput';
export * from './upgrade/readiness/upgradeReadiness';
export * from './upgrade/upgradeOrder';
export * from './upgrade/offeredReleases';
export * from './upgrade/maintenance/maintenanceSchedule';
export * from './upgrade/maintenance/maintenanceOpenings';
export * from './upgrade/maintenance/describeMaintenanceWindows';
export * from './upgrade/maintenance/checkPlannedDate';
export * from './upgrade/maintenance/describeOpening';
export * from './upgrade/readiness/versionSkew';
export * from './upgrade/readiness/componentCompatibility';
export * from './sla/usFederalHolidays';
export * from './sla/supportCalendar';
export * from './sla/slaRules';
export * from './sla/targetWording';
export * from './sla/supportCalendarSettings';
export * from './sla/supportedWindow';
export * from './sla/credits';
export * from './sla/creditClaims';
export * from './sla/creditMonth';
export * from './sla/compliance';
export * from './sla/ticketApi';
export * from './sla/ticketSignals';
export * from './permissions';
export * from './sla/ticketEvents';
export * from './conformance/conformanceApi';
export * from './conformance/conformanceStatus';
export * from './stack/designChoices';
export * from './design/detailedDesign';
export * from './design/designRules';
export * from './design/designsDirectory';
export * from './design/designApi';
export * from './design/designChanges';
export * from './design/designVersions';
export * from './stack/stackCatalog';
export * from './zodProblems';
export * from './text/plainText';
export * from './text/words';
export * from './org/orgModel';
export * from './access/persona';
export * from './access/serviceNames';
export * from './access/mpkAccess';
export * from './contract/contractTimeZone';
export * from './contract/instants';
export * from './schema/apiSchemas';
export type {
  components as MpkApiComponents,
  operations as MpkApiOperations,
  paths as MpkApiPaths,
} from './schema/openapi.generated';
export * from './security/securityModel';
export * from './security/securityApi';
export * from './security/baseline';
export * from './security/parsers';
