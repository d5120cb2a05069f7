import { ConfigReader } from '@backstage/config';
import { DEFAULT_SUPPORT_CALENDAR } from '@mpk-portal/plugin-mpk-common';
import { readMpkConfig } from './config';

describe('readMpkConfig', () => {
  it('gives the contract defaults when nothing is configured', () => {
    const config = readMpkConfig(new ConfigReader({}));
    expect(config.timeZone).toBe('America/Los_Angeles');
    expect(config.supportCalendar).toMatchObject({
      timeZone: DEFAULT_SUPPORT_CALENDAR.timeZone,
      opens: '08:00',
      closes: '17:00',
      workdays: [1, 2, 3, 4, 5],
    });
    expect(config.alertmanager).toEqual({
      clusterLabel: 'cluster',
      severityLabel: 'severity',
      severities: { critical: 'urgent', warning: 'high' },
      defaultSeverity: 'normal',
    });
    expect(config.conformance).toEqual({
      maxAgeDays: 90,
      uploadLimits: {
        maxUploadBytes: 512 * 1024 ** 2,
        maxDecompressedBytes: 2 * 1024 ** 3,
        maxEntries: 10_000,
      },
    });
    expect(config.upgradeReminders.schedule).toEqual({
      frequency: { cron: '0 16 * * *' },
      timeout: { minutes: 10 },
    });
    expect(config.releaseCalendars).toEqual({ overrides: {} });
  });

  it('reads what is configured, numbers given as text included', () => {
    const config = readMpkConfig(
      new ConfigReader({
        mpk: {
          contract: { timeZone: 'Europe/London' },
          conformance: { maxAgeDays: '30' },
          integrations: { alertmanager: { severities: { page: 'urgent' } } },
          upgradeReminders: {
            schedule: { frequency: { hours: 6 }, timeout: { minutes: 1 } },
          },
          releaseCalendars: { api: { baseUrl: 'https://endoflife.date' } },
          // Keys of other packages are theirs to check.
          stack: { location: 'stack.yaml' },
        },
      }),
    );
    expect(config.timeZone).toBe('Europe/London');
    expect(config.conformance.maxAgeDays).toBe(30);
    expect(config.alertmanager.severities).toEqual({ page: 'urgent' });
    expect(config.upgradeReminders.schedule).toEqual({
      frequency: { hours: 6 },
      timeout: { minutes: 1 },
    });
    expect(config.releaseCalendars.api).toEqual({
      baseUrl: 'https://endoflife.date',
      schedule: { frequency: { hours: 24 }, timeout: { minutes: 2 } },
    });
  });

  it('refuses a time zone that does not exist, in one line naming the key', () => {
    expect(() =>
      readMpkConfig(
        new ConfigReader({ mpk: { contract: { timeZone: 'Mars/Phobos' } } }),
      ),
    ).toThrow(
      /^Invalid configuration: mpk\.contract\.timeZone: is not an IANA time zone$/,
    );
  });

  it('names every bad key at once', () => {
    expect(() =>
      readMpkConfig(
        new ConfigReader({
          mpk: {
            supportCalendar: { opens: '8am', timeZone: 'Nowhere' },
            conformance: { maxEntries: 0 },
            integrations: { alertmanager: { defaultSeverity: 'sev1' } },
          },
        }),
      ),
    ).toThrow(
      'Invalid configuration: mpk.supportCalendar.timeZone: is not an IANA time zone; ' +
        'mpk.supportCalendar.opens: expected a time as HH:mm (24-hour); ' +
        'mpk.integrations.alertmanager.defaultSeverity: Invalid option: expected one of "urgent"|"high"|"normal"|"low"; ' +
        'mpk.conformance.maxEntries: expected a positive number',
    );
  });

  it('refuses a malformed release calendar override at start, naming it', () => {
    expect(() =>
      readMpkConfig(
        new ConfigReader({
          mpk: {
            releaseCalendars: {
              products: {
                fluentd: { cycles: [{ cycle: '1.18', releaseDate: 'soon' }] },
              },
            },
          },
        }),
      ),
    ).toThrow(
      'mpk.releaseCalendars.products.fluentd.cycles: fluentd[0].releaseDate: expected a date as YYYY-MM-DD',
    );
  });
});
