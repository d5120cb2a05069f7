import {
  AuthService,
  DatabaseService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SignalsService } from '@backstage/plugin-signals-node';
import { MpkPersonaLoader } from '@mpk-portal/plugin-mpk-node';
import { MpkConfig } from './config';
import { ConformanceService } from './conformance/ConformanceService';
import { ConformanceStore } from './conformance/ConformanceStore';
import { CreditClaimStore } from './credits/CreditClaimStore';
import { CreditService } from './credits/CreditService';
import { DesignNotifications } from './designs/DesignNotifications';
import { DesignService } from './designs/DesignService';
import { DesignStore } from './designs/DesignStore';
import { DatabaseHealth } from './health/DatabaseHealth';
import { PipelineRunStore } from './pipeline/PipelineRunStore';
import { ReleaseCalendars } from './releases/ReleaseCalendars';
import { ContractClock } from './platform/ContractClock';
import { AlertmanagerIntake } from './tickets/alertmanager/AlertmanagerIntake';
import { TicketNotifications } from './tickets/notifications/TicketNotifications';
import { TicketSignals } from './tickets/notifications/TicketSignals';
import { SlaAlertStore } from './tickets/slaAlerts/SlaAlertStore';
import { TicketAuthors } from './tickets/TicketAuthors';
import { TicketService } from './tickets/TicketService';
import { TicketStore } from './tickets/TicketStore';
import { KubernetesLiveFacts } from './upgrades/live/KubernetesLiveFacts';
import { UpgradeService } from './upgrades/UpgradeService';
import { UpgradeStore } from './upgrades/UpgradeStore';
import { DeprecatedApiReportStore } from './upgrades/readiness/DeprecatedApiReportStore';
import { SecurityBaselines } from './security/SecurityBaselines';
import { SecurityService } from './security/SecurityService';
import { SecurityStore } from './security/SecurityStore';

/** The capabilities of the plugin, each with its store, ready to serve and to schedule. */
export interface MpkServices {
  clock: ContractClock;
  databaseHealth: DatabaseHealth;
  calendars: ReleaseCalendars;
  upgrades: UpgradeService;
  upgradeStore: UpgradeStore;
  deprecatedApiReports: DeprecatedApiReportStore;
  security: SecurityService;
  securityStore: SecurityStore;
  /** read with the plugin's own credentials, for lists the routes scope themselves */
  catalog: CatalogService;
  auth: AuthService;
  tickets: TicketService;
  ticketNotifications: TicketNotifications;
  ticketSignals: TicketSignals;
  slaAlertStore: SlaAlertStore;
  personas: MpkPersonaLoader;
  authors: TicketAuthors;
  credits: CreditService;
  alertmanager: AlertmanagerIntake;
  conformance: ConformanceService;
  pipelineRuns: PipelineRunStore;
  designs: DesignService;
}

/** Builds every store and service of the plugin from its checked settings. */
export async function createMpkServices(deps: {
  settings: MpkConfig;
  database: DatabaseService;
  catalog: CatalogService;
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
  notifications: NotificationService;
  signals: SignalsService;
  clock?: ContractClock;
}): Promise<MpkServices> {
  const { settings, database, catalog, auth, logger } = deps;
  const clock = deps.clock ?? new ContractClock(settings.timeZone);
  const calendars = await ReleaseCalendars.create({
    settings: settings.releaseCalendars,
    logger: deps.logger,
  });
  const conformance = new ConformanceService({
    store: await ConformanceStore.create({ database }),
    clock,
    maxAgeDays: settings.conformance.maxAgeDays,
  });
  const upgradeStore = await UpgradeStore.create({ database });
  const securityStore = await SecurityStore.create({ database });
  const security = new SecurityService({
    store: securityStore,
    baselines: await SecurityBaselines.create({
      file: settings.security.baselinesFile,
      logger,
    }),
    clock,
    maxReportAgeDays: settings.security.maxReportAgeDays,
  });
  const deprecatedApiReports = await DeprecatedApiReportStore.create({
    database,
  });
  const upgrades = new UpgradeService({
    reports: deprecatedApiReports,
    security,
    catalog,
    auth,
    calendars,
    store: upgradeStore,
    liveFacts: new KubernetesLiveFacts(deps),
    clock,
    conformance,
  });
  const ticketNotifications = new TicketNotifications({
    notifications: deps.notifications,
    catalog,
    auth,
    logger,
    timeZone: clock.timeZone,
  });
  const ticketSignals = new TicketSignals({ signals: deps.signals, logger });
  const tickets = new TicketService({
    catalog,
    auth,
    calendars,
    store: await TicketStore.create({
      database,
      supportCalendar: settings.supportCalendar,
    }),
    supportCalendar: settings.supportCalendar,
    clock,
    notifications: ticketNotifications,
    signals: ticketSignals,
  });
  const personas = new MpkPersonaLoader({ catalog, auth });
  return {
    clock,
    databaseHealth: await DatabaseHealth.create({ database }),
    calendars,
    upgrades,
    upgradeStore,
    deprecatedApiReports,
    security,
    securityStore,
    catalog,
    auth,
    tickets,
    ticketNotifications,
    ticketSignals,
    slaAlertStore: await SlaAlertStore.create({ database }),
    personas,
    authors: new TicketAuthors({ catalog, auth, personas }),
    credits: new CreditService({
      catalog,
      auth,
      tickets,
      claims: await CreditClaimStore.create({ database }),
      clock,
    }),
    alertmanager: new AlertmanagerIntake(tickets, settings.alertmanager),
    conformance,
    pipelineRuns: await PipelineRunStore.create({ database }),
    designs: new DesignService({
      store: await DesignStore.create({ database }),
      catalog,
      auth,
      clock,
      conformance,
      notifications: new DesignNotifications({
        notifications: deps.notifications,
        catalog,
        auth,
        logger,
      }),
    }),
  };
}
