import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { spec } from '../schema/openapi.generated';

// A test helper, so the spec is read from its generated form: what the router itself serves.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
ajv.addSchema({ ...spec, $id: 'mpk' });

const pointer = (...keys: string[]) =>
  keys.map(k => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const templates = Object.keys(spec.paths).map(template => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

type Method = 'get' | 'post' | 'put';

/**
 * Every way the answer breaks the spec: a path or method it does not have, a status it does not
 * declare, a body its schema refuses; and for an accepted JSON request, a body the spec refuses.
 */
export function contractProblems(
  method: Method,
  url: string,
  sent: unknown,
  response: request.Response,
): string[] {
  const path = url.replace(/^\/api\/mpk/, '').split('?')[0];
  const what = `${method.toUpperCase()} ${path} answered ${response.status}`;
  const template = templates.find(t => t.pattern.test(path))?.template;
  const item = template
    ? (spec.paths as Record<string, Record<string, any>>)[template]
    : undefined;
  const operation = item?.[method];
  if (!template || !operation) {
    return [`${what}: the spec has no ${method.toUpperCase()} ${path}`];
  }
  const declared = operation.responses[String(response.status)];
  if (!declared) return [`${what}: a status the spec does not declare`];
  const problems: string[] = [];
  const validate = (location: string, value: unknown, label: string) => {
    const check = ajv.getSchema(`mpk#/${location}`);
    if (check && !check(value)) {
      problems.push(
        `${what}: the ${label} breaks the spec: ${ajv.errorsText(
          check.errors,
        )}`,
      );
    }
  };
  validate(
    declared.$ref
      ? `${declared.$ref.slice(2)}/${pointer(
          'content',
          'application/json',
          'schema',
        )}`
      : pointer(
          'paths',
          template,
          method,
          'responses',
          String(response.status),
          'content',
          'application/json',
          'schema',
        ),
    response.body,
    'answer',
  );
  if (
    response.status < 300 &&
    sent !== undefined &&
    operation.requestBody?.content?.['application/json']
  ) {
    validate(
      pointer(
        'paths',
        template,
        method,
        'requestBody',
        'content',
        'application/json',
        'schema',
      ),
      sent,
      'request body',
    );
  }
  return problems;
}

/**
 * `supertest` whose every answer is checked against the OpenAPI spec: a test fails when the
 * route answers something the spec does not describe, so the two cannot drift apart.
 */
export default function contractRequest(app: Parameters<typeof request>[0]) {
  const agent = request(app);
  const checked =
    (method: Method) =>
    (url: string): request.Test => {
      const test = agent[method](url);
      const then = test.then.bind(test);
      test.then = ((onFulfilled, onRejected) =>
        then(response => {
          const sent = (test as unknown as { _data?: unknown })._data;
          const problems = contractProblems(method, url, sent, response);
          if (problems.length > 0) throw new Error(problems.join('\n'));
          return response;
        }).then(onFulfilled, onRejected)) as request.Test['then'];
      return test;
    };
  return { get: checked('get'), post: checked('post'), put: checked('put') };
}
