import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { PassThrough, Readable } from 'node:stream';
import { parseResultsUpload, ParsedResults } from './parsing';
import { E2eLogSummary, parseE2eLogSummary } from './parsing/e2eLog';
import { FailForm, readMultipartForm } from '../platform/multipartForm';
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
 * `finishedAt` fields. Each file is parsed while it streams in; nothing is written to disk.
 */
export function receiveConformanceUpload(
  req: Request,
  limits: UploadLimits,
): Promise<ConformanceUpload> {
  const fields: ConformanceUpload['fields'] = {};
  let results: Promise<ParsedResults> | undefined;
  let log: Promise<E2eLogSummary> | undefined;

  // Each file is parsed through its own pipe, so that a parser that gives up early can stop
  // reading while busboy's stream is drained to the end of the part.
  const parseFile = <T>(
    name: 'results' | 'log',
    file: Readable,
    fail: FailForm,
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

  return readMultipartForm(req, {
    expected:
      'Expected multipart/form-data with a results file (a Sonobuoy tarball or a junit XML), e.g. curl -F results=@junit_01.xml',
    takes:
      'a results file, an optional log file, kubernetesVersion and finishedAt',
    limits: { fileSize: limits.maxUploadBytes, files: 2, fields: 10 },
    tooManyFiles: () =>
      new InputError('Too many files: send results and at most a log'),
    onFile(name, file, _info, fail) {
      if (name === 'results' && !results) {
        results = parseFile('results', file, fail, input =>
          parseResultsUpload(input, limits),
        );
      } else if (name === 'log' && !log) {
        log = parseFile('log', file, fail, async input => {
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
    },
    onField(name, value, fail) {
      if (name === 'kubernetesVersion' || name === 'finishedAt') {
        fields[name] = value.trim() || undefined;
      } else {
        fail(
          new InputError(
            `Unexpected field "${name}": the form takes kubernetesVersion and finishedAt`,
          ),
        );
      }
    },
    async finish() {
      if (!results) {
        throw new InputError(
          'results: the form has no results file (a Sonobuoy tarball or a junit XML)',
        );
      }
      return {
        results: await results,
        log: log ? await log : undefined,
        fields,
      };
    },
  });
}
