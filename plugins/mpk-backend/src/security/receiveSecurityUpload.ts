import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { Parser, ReadEntry } from 'tar';
import { gunzipSync } from 'node:zlib';
import { safeEntryPath } from '../platform/archivePaths';
import { readMultipartForm } from '../platform/multipartForm';
import { PayloadTooLargeError } from '../platform/PayloadTooLargeError';

/** How much one security upload may carry. */
export const SECURITY_UPLOAD_LIMITS = {
  /** files in the form */
  maxFiles: 20,
  /** bytes of one uploaded file, or of one file inside an archive */
  maxFileBytes: 20 * 1024 * 1024,
  /** bytes an archive may unpack to */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** entries an archive may hold */
  maxArchiveEntries: 500,
} as const;

/** One scanner output, from the form or out of an archive in it. */
export interface UploadedReportFile {
  /** e.g. `kube-bench.json`, or `bundle.tar.gz:trivy/vulns.yaml` */
  name: string;
  content: string;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const isGzip = (bytes: Buffer) =>
  bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const REPORT_FILE = /\.(json|ya?ml)$/i;

async function unpack(
  name: string,
  gzipped: Buffer,
): Promise<UploadedReportFile[]> {
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(gzipped, {
      maxOutputLength: SECURITY_UPLOAD_LIMITS.maxUnpackedBytes,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadTooLargeError(
        `report ${name}: the archive unpacks to more than ${mb(
          SECURITY_UPLOAD_LIMITS.maxUnpackedBytes,
        )}`,
      );
    }
    throw new InputError(`report ${name}: not a readable gzip archive`);
  }
  const files: UploadedReportFile[] = [];
  const problems: unknown[] = [];
  let entries = 0;
  const parser = new Parser({
    strict: true,
    onwarn: (_code, message) =>
      problems.push(new InputError(`report ${name}: ${message}`)),
  });
  parser.on('entry', (entry: ReadEntry) => {
    try {
      entries += 1;
      if (entries > SECURITY_UPLOAD_LIMITS.maxArchiveEntries) {
        throw new PayloadTooLargeError(
          `report ${name}: the archive has more than ${SECURITY_UPLOAD_LIMITS.maxArchiveEntries} entries`,
        );
      }
      const path = safeEntryPath(entry, `report ${name}`);
      if (
        (entry.type !== 'File' && entry.type !== 'OldFile') ||
        !REPORT_FILE.test(path)
      ) {
        entry.resume();
        return;
      }
      if (entry.size > SECURITY_UPLOAD_LIMITS.maxFileBytes) {
        throw new PayloadTooLargeError(
          `report ${name}: ${path} is larger than ${mb(
            SECURITY_UPLOAD_LIMITS.maxFileBytes,
          )}`,
        );
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () =>
        files.push({
          name: `${name}:${path}`,
          content: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    } catch (error) {
      problems.push(error);
      entry.resume();
    }
  });
  await new Promise<void>(done => {
    parser.on('end', () => done());
    parser.on('error', (error: Error) => {
      problems.push(
        new InputError(
          `report ${name}: not a readable tar archive: ${error.message.replace(
            /^TAR_[A-Z_]+: /,
            '',
          )}`,
        ),
      );
      done();
    });
    parser.end(tarBytes);
  });
  if (problems.length > 0) throw problems[0];
  if (files.length === 0) {
    throw new InputError(
      `report ${name}: the archive has no .json or .yaml report`,
    );
  }
  return files;
}

/**
 * Reads a `multipart/form-data` security upload: one or more `report` files, each a scanner's
 * output or a `.tar.gz` of several. Everything is read into memory within the bounds above
 * before anything is parsed, so a refusal stores nothing.
 */
export function receiveSecurityUpload(
  req: Request,
): Promise<UploadedReportFile[]> {
  const received: Promise<{ name: string; bytes: Buffer }>[] = [];
  return readMultipartForm(req, {
    expected:
      'Expected multipart/form-data with one or more report files, e.g. curl -F report=@kube-bench.json',
    takes: 'report files',
    limits: {
      fileSize: SECURITY_UPLOAD_LIMITS.maxFileBytes,
      files: SECURITY_UPLOAD_LIMITS.maxFiles,
      fields: 0,
    },
    tooManyFiles: () =>
      new PayloadTooLargeError(
        `Too many files: at most ${SECURITY_UPLOAD_LIMITS.maxFiles} per upload`,
      ),
    onFile(field, file, info, fail) {
      if (field !== 'report') {
        file.resume();
        fail(
          new InputError(
            `Unexpected file "${field}": the form takes report files`,
          ),
        );
        return;
      }
      const name = (info.filename || `report-${received.length + 1}`).slice(
        0,
        255,
      );
      received.push(
        new Promise(done => {
          const chunks: Buffer[] = [];
          file.on('data', (chunk: Buffer) => chunks.push(chunk));
          file.on('limit', () =>
            fail(
              new PayloadTooLargeError(
                `report ${name}: larger than the ${mb(
                  SECURITY_UPLOAD_LIMITS.maxFileBytes,
                )} upload limit`,
              ),
            ),
          );
          file.on('end', () => done({ name, bytes: Buffer.concat(chunks) }));
        }),
      );
    },
    async finish() {
      if (received.length === 0) {
        throw new InputError('report: the form has no report file');
      }
      const files: UploadedReportFile[] = [];
      for (const { name, bytes } of await Promise.all(received)) {
        if (isGzip(bytes)) files.push(...(await unpack(name, bytes)));
        else files.push({ name, content: bytes.toString('utf8') });
      }
      return files;
    },
  });
}
