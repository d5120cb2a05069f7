import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readMpkConfig } from '../config';
import { ReleaseCalendars } from './ReleaseCalendars';

const recorded = (product: string) =>
  JSON.parse(
    readFileSync(
      join(__dirname, '../../data/release-calendars', `${product}.json`),
      'utf8',
    ),
  );

function cycle(calendars: ReleaseCalendars, product: string, line: string) {
  return calendars.get()[product]?.cycles.find(c => c.cycle === line);
}

describe('ReleaseCalendars', () => {
  it('ships the endoflife.date calendars of Kubernetes and EKS', async () => {
    const calendars = await ReleaseCalendars.create({
      logger: mockServices.logger.mock(),
    });
    expect(cycle(calendars, 'kubernetes', '1.35')).toEqual({
      cycle: '1.35',
      releaseDate: '2025-12-17',
      eol: '2027-02-28',
    });
    expect(cycle(calendars, 'amazon-eks', '1.35')).toEqual({
      cycle: '1.35',
      releaseDate: '2026-01-28',
      eol: '2027-03-27',
    });
    expect(calendars.get().kubernetes.cycles.length).toBeGreaterThanOrEqual(20);
  });

  it('ships the calendars of the monitoring and logging platforms', async () => {
    const calendars = await ReleaseCalendars.create({
      logger: mockServices.logger.mock(),
    });
    const shipped = calendars.get();
    expect(shipped.prometheus.title).toBe('Prometheus');
    expect(shipped['fluent-bit'].title).toBe('Fluent Bit');
    expect(shipped.fluentd.title).toBe('Fluentd');
    // An LTS cycle: the `lts` field is read past, the date kept.
    expect(cycle(calendars, 'prometheus', '3.5')).toEqual({
      cycle: '3.5',
      releaseDate: '2025-07-14',
      eol: '2026-07-31',
    });
    // Cycles read as text, so 3.10 is not 3.1.
    expect(cycle(calendars, 'prometheus', '3.10')?.eol).toBe('2026-04-08');
    expect(cycle(calendars, 'prometheus', '3.1')?.eol).toBe('2025-02-13');
    expect(cycle(calendars, 'fluent-bit', '5.0')?.eol).toBe('2026-11-06');
    // `eol: false` (supported, no date yet) and `eol: true` (ended, undated) give no date.
    expect(cycle(calendars, 'fluent-bit', '5.1')).toEqual({
      cycle: '5.1',
      releaseDate: '2026-08-06',
    });
    expect(cycle(calendars, 'fluent-bit', '1.7')).toEqual({
      cycle: '1.7',
      releaseDate: '2021-02-14',
    });
    // Fluentd's end of life is derived: the release of the next series.
    expect(cycle(calendars, 'fluentd', '1.18')).toEqual({
      cycle: '1.18',
      releaseDate: '2024-11-29',
      eol: '2025-07-30',
    });
    expect(cycle(calendars, 'fluentd', '1.10')?.eol).toBe('2020-06-04');
    expect(cycle(calendars, 'fluentd', '1.19')).toEqual({
      cycle: '1.19',
      releaseDate: '2025-07-30',
    });
    expect(shipped.prometheus.cycles).toHaveLength(35);
    expect(shipped['fluent-bit'].cycles).toHaveLength(26);
    expect(shipped.fluentd.cycles).toHaveLength(21);
  });

  it('lets config override cycles and add products', async () => {
    const calendars = await ReleaseCalendars.create({
      settings: readMpkConfig(
        new ConfigReader({
          mpk: {
            releaseCalendars: {
              products: {
                kubernetes: {
                  cycles: [
                    {
                      cycle: '1.35',
                      releaseDate: '2025-12-17',
                      eol: '2027-03-31',
                    },
                  ],
                },
                prometheus: {
                  cycles: [
                    {
                      cycle: '3.5',
                      releaseDate: '2025-07-14',
                      eol: '2026-07-14',
                    },
                  ],
                },
                grafana: {
                  title: 'Grafana',
                  cycles: [
                    {
                      cycle: '12.1',
                      releaseDate: '2025-07-22',
                      eol: '2026-04-22',
                    },
                  ],
                },
              },
            },
          },
        }),
      ).releaseCalendars,
      logger: mockServices.logger.mock(),
    });
    expect(cycle(calendars, 'kubernetes', '1.35')?.eol).toBe('2027-03-31');
    expect(cycle(calendars, 'kubernetes', '1.34')?.eol).toBe('2026-10-27');
    expect(cycle(calendars, 'prometheus', '3.5')?.eol).toBe('2026-07-14');
    expect(cycle(calendars, 'prometheus', '3.13')?.eol).toBe('2027-07-31');
    expect(calendars.get().prometheus.title).toBe('Prometheus');
    expect(calendars.get().grafana).toEqual({
      product: 'grafana',
      title: 'Grafana',
      cycles: [{ cycle: '12.1', releaseDate: '2025-07-22', eol: '2026-04-22' }],
    });
  });

  describe('refreshed from an endoflife.date-compatible API', () => {
    let server: Server;
    let baseUrl: string;
    let answers: Record<string, { status: number; body: unknown }>;

    beforeAll(async () => {
      server = createServer((req, res) => {
        const answer = answers[req.url ?? ''] ?? {
          status: 404,
          body: { error: 'not found' },
        };
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
      await new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', resolve),
      );
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise(resolve => server.close(resolve)));

    it('takes the served cycles, and keeps the previous ones when the API fails', async () => {
      const kubernetes = recorded('kubernetes');
      kubernetes.unshift({
        cycle: '1.37',
        releaseDate: '2026-08-26',
        eol: '2027-10-28',
      });
      answers = {
        '/api/kubernetes.json': { status: 200, body: kubernetes },
        '/api/amazon-eks.json': { status: 503, body: { error: 'maintenance' } },
      };
      const logger = mockServices.logger.mock();
      const calendars = await ReleaseCalendars.create({
        settings: readMpkConfig(
          new ConfigReader({
            mpk: { releaseCalendars: { api: { baseUrl: `${baseUrl}/` } } },
          }),
        ).releaseCalendars,
        logger,
      });
      expect(calendars.refreshesFromApi).toBe(true);

      await calendars.refreshFromApi();

      expect(cycle(calendars, 'kubernetes', '1.37')).toEqual({
        cycle: '1.37',
        releaseDate: '2026-08-26',
        eol: '2027-10-28',
      });
      expect(cycle(calendars, 'amazon-eks', '1.35')?.eol).toBe('2027-03-27');
      // endoflife.date has no Fluentd product, so it is not asked for one.
      expect(logger.error).not.toHaveBeenCalledWith(
        expect.stringContaining('fluentd'),
      );
      expect(cycle(calendars, 'fluentd', '1.18')?.eol).toBe('2025-07-30');
      expect(logger.error).toHaveBeenCalledWith(
        `Release calendar amazon-eks not refreshed from ${baseUrl}/api/amazon-eks.json, keeping the previous one: HTTP 503 Service Unavailable`,
      );

      answers['/api/kubernetes.json'] = {
        status: 200,
        body: [{ cycle: '1.38' }],
      };
      await calendars.refreshFromApi();
      expect(cycle(calendars, 'kubernetes', '1.37')).toBeDefined();
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining(
          'Release calendar kubernetes not refreshed from',
        ),
      );
    });
  });
});
