import { InputError } from '@backstage/errors';
import busboy from 'busboy';
import { Request } from 'express';
import { PassThrough, Readable } from 'node:stream';
import { parseResultsUpload, ParsedResults } from './parsing';
import { E2eLogSummary, parseE2eLogSummary } from './parsing/e2eLog';
import { PayloadTooLargeError } from '../platform/PayloadTooLargeError';
import { ResultLimits } from './parsing/limits';

/** The upload limits: the archive limits of the parsers, and the size of each uploaded file. */
export interface UploadLimits extends ResultLimits {
  maxUploadBytes: number;
}

/** What a conformance upload carried, parsed as it streamed in. */
export interface ConformanceUpload {
  results: ParsedResults;
  /** the summary of a separately uploaded e2e.log */
  log?: E2eLogSummary;
  fields: { kubernetesVersion?: string; finishedAt?: string };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads a `multipart/form-data` conformance upload: a `results` file (a Sonobuoy tarball or a
 * junit XML), an optional `log` file (the e2e.log) and optional `kubernetesVersion` and
 * `finishedAt` fields. Each file is parsed while it streams in; nothing is written to disk. A
 * refusal drains the rest of the request, so that the client reads the answer.
 */
export function receiveConformanceUpload(
  req: Request,
  limits: UploadLimits,
): Promise<ConformanceUpload> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(
      new InputError(
        'Expected multipart/form-data with a results file (a Sonobuoy tarball or a junit XML), e.g. curl -F results=@junit_01.xml',
      ),
    );
  }
  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      form = busboy({
        headers: req.headers,
        limits: { fileSize: limits.maxUploadBytes, files: 2, fields: 10 },
      });
    } catch (error) {
      reject(new InputError(`Malformed multipart/form-data: ${error}`));
      return;
    }
    const fields: ConformanceUpload['fields'] = {};
    let results: Promise<ParsedResults> | undefined;
    let log: Promise<E2eLogSummary> | undefined;
    let failed = false;

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(form);
      req.resume();
      reject(error);
    };

    // Each file is parsed through its own pipe, so that a parser that gives up early can stop
    // reading while busboy's stream is drained to the end of the part.
    const parseFile = <T>(
      name: 'results' | 'log',
      file: Readable,
      parse: (input: Readable) => Promise<T>,
    ): Promise<T> => {
      const input = new PassThrough();
      file.on('limit', () =>
        fail(
          new PayloadTooLargeError(
            `${name}: larger than the ${mb(
              limits.maxUploadBytes,
            )} upload limit (mpk.conformance.maxUploadBytes)`,
          ),
        ),
      );
      file.pipe(input);
      const parsed = parse(input);
      parsed.catch(error => {
        file.unpipe(input);
        file.resume();
        fail(error);
      });
      return parsed;
    };

    form.on('file', (name, file) => {
      if (name === 'results' && !results) {
        results = parseFile('results', file, input =>
          parseResultsUpload(input, limits),
        );
      } else if (name === 'log' && !log) {
        log = parseFile('log', file, async input => {
          const summary = await parseE2eLogSummary(input);
          if (!summary) {
            throw new InputError(
              'log: no Ginkgo summary line ("Ran N of M Specs" and "SUCCESS! -- … Passed | … Failed | … Skipped") in the e2e.log',
            );
          }
          return summary;
        });
      } else {
        file.resume();
        fail(
          new InputError(
            `Unexpected file "${name}": the form takes a results file and an optional log file`,
          ),
        );
      }
    });
    form.on('field', (name, value) => {
      if (name === 'kubernetesVersion' || name === 'finishedAt') {
        fields[name] = value.trim() || undefined;
      } else {
        fail(
          new InputError(
            `Unexpected field "${name}": the form takes kubernetesVersion and finishedAt`,
          ),
        );
      }
    });
    form.on('filesLimit', () =>
      fail(new InputError('Too many files: send results and at most a log')),
    );
    form.on('fieldsLimit', () => fail(new InputError('Too many fields')));
    form.on('error', error =>
      fail(new InputError(`Malformed multipart/form-data: ${error}`)),
    );
    form.on('close', async () => {
      if (failed) return;
      if (!results) {
        fail(
          new InputError(
            'results: the form has no results file (a Sonobuoy tarball or a junit XML)',
          ),
        );
        return;
      }
      try {
        resolve({
          results: await results,
          log: log ? await log : undefined,
          fields,
        });
      } catch (error) {
        fail(error);
      }
    });
    req.pipe(form);
  });
}
