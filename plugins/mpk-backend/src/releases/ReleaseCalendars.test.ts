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
                  title: 'Prometheus',
                  cycles: [
                    {
                      cycle: '3.5',
                      releaseDate: '2025-07-14',
                      eol: '2026-07-14',
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
    expect(calendars.get().prometheus).toEqual({
      product: 'prometheus',
      title: 'Prometheus',
      cycles: [{ cycle: '3.5', releaseDate: '2025-07-14', eol: '2026-07-14' }],
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
