import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from '../__testUtils__/contractRequest';
import { DatabaseHealthReport } from './DatabaseHealth';
import { createMpkRouter } from '../platform/mpkRouter';
import { registerHealthRoutes } from './healthRoutes';

async function appReporting(report: DatabaseHealthReport) {
  const router = await createMpkRouter();
  registerHealthRoutes(router, {
    access: {
      caller: req =>
        mockServices.httpAuth().credentials(req, { allow: ['user'] }),
      require: async () => {},
    },
    databaseHealth: { check: async () => report },
  });
  return express().use(router).use(mockErrorHandler());
}

describe('GET /health', () => {
  it('answers 503 naming the database and its error when the database does not answer', async () => {
    const app = await appReporting({
      status: 'unavailable',
      client: 'pg',
      message: 'connect ECONNREFUSED 127.0.0.1:5432',
    });

    const response = await request(app).get('/health');

    expect(response.status).toBe(503);
    expect(response.body.error).toMatchObject({
      name: 'ServiceUnavailableError',
      message:
        'The mpk database (pg) does not answer: connect ECONNREFUSED 127.0.0.1:5432',
    });
  });
});
