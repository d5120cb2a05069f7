import { InputError } from '@backstage/errors';
import busboy from 'busboy';
import { Request } from 'express';
import { PayloadTooLargeError } from '../../platform/PayloadTooLargeError';

/**
 * Reads the one file of a `multipart/form-data` upload into memory, refusing it past `maxBytes`
 * (413) and refusing any other file or field (400). A refusal drains the rest of the request, so
 * that the client reads the answer.
 */
export function receiveSingleFileUpload(
  req: Request,
  options: { field: string; maxBytes: number; describe: string },
): Promise<Buffer> {
  const { field, maxBytes, describe } = options;
  if (!req.is('multipart/form-data')) {
    return Promise.reject(
      new InputError(
        `Expected multipart/form-data with a ${field} file (${describe}), e.g. curl -F ${field}=@report.json`,
      ),
    );
  }
  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      form = busboy({
        headers: req.headers,
        limits: { fileSize: maxBytes, files: 1, fields: 0 },
      });
    } catch (error) {
      reject(new InputError(`Malformed multipart/form-data: ${error}`));
      return;
    }
    let content: Promise<Buffer> | undefined;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(form);
      req.resume();
      reject(error);
    };
    form.on('file', (name, file) => {
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
    });
    form.on('field', name =>
      fail(
        new InputError(
          `Unexpected field "${name}": the form takes one ${field} file`,
        ),
      ),
    );
    form.on('filesLimit', () =>
      fail(new InputError(`Too many files: send one ${field} file`)),
    );
    form.on('fieldsLimit', () =>
      fail(
        new InputError(`Unexpected field: the form takes one ${field} file`),
      ),
    );
    form.on('error', error =>
      fail(new InputError(`Malformed multipart/form-data: ${error}`)),
    );
    form.on('close', async () => {
      if (failed) return;
      if (!content) {
        fail(new InputError(`${field}: the form has no ${field} file`));
        return;
      }
      resolve(await content);
    });
    req.pipe(form);
  });
}
