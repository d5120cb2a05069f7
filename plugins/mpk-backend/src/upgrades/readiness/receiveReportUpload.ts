import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { readMultipartForm } from '../../platform/multipartForm';
import { PayloadTooLargeError } from '../../platform/PayloadTooLargeError';

/**
 * Reads the one file of a `multipart/form-data` upload into memory, refusing it past `maxBytes`
 * (413) and refusing any other file or field (400).
 */
export function receiveSingleFileUpload(
  req: Request,
  options: { field: string; maxBytes: number; describe: string },
): Promise<Buffer> {
  const { field, maxBytes, describe } = options;
  let content: Promise<Buffer> | undefined;
  return readMultipartForm(req, {
    expected: `Expected multipart/form-data with a ${field} file (${describe}), e.g. curl -F ${field}=@report.json`,
    takes: `one ${field} file`,
    limits: { fileSize: maxBytes, files: 1, fields: 0 },
    tooManyFiles: () =>
      new InputError(`Too many files: send one ${field} file`),
    onFile(name, file, _info, fail) {
      if (name !== field || content) {
        file.resume();
        fail(
          new InputError(
            `Unexpected file "${name}": the form takes one ${field} file`,
          ),
        );
        return;
      }
      content = new Promise(done => {
        const chunks: Buffer[] = [];
        file.on('data', (chunk: Buffer) => chunks.push(chunk));
        file.on('limit', () =>
          fail(
            new PayloadTooLargeError(
              `${field}: larger than the ${Math.round(
                maxBytes / 1024 / 1024,
              )} MB upload limit`,
            ),
          ),
        );
        file.on('end', () => done(Buffer.concat(chunks)));
      });
    },
    async finish() {
      if (!content) {
        throw new InputError(`${field}: the form has no ${field} file`);
      }
      return content;
    },
  });
}
