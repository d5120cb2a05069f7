import { InputError } from '@backstage/errors';
import busboy from 'busboy';
import { Request } from 'express';
import { Readable } from 'node:stream';

/** Refuses what is wrong with a form; the request is drained so the client reads the answer. */
export type FailForm = (error: unknown) => void;

/** What a route's form takes, and how its parts are read. */
export interface MultipartFormReader<T> {
  /** the refusal of a request that is not `multipart/form-data`, saying what to send */
  expected: string;
  limits: busboy.Limits;
  onFile(
    field: string,
    file: Readable,
    info: busboy.FileInfo,
    fail: FailForm,
  ): void;
  /** a text field; without it, every field is refused */
  onField?(name: string, value: string, fail: FailForm): void;
  /** the refusal of a form with more files than `limits.files` */
  tooManyFiles: () => unknown;
  /** what the form gave, once it is read to its end */
  finish(): Promise<T>;
  /** named in the refusal of an unexpected field */
  takes: string;
}

/**
 * Reads a `multipart/form-data` request part by part with busboy. The first refusal, from busboy
 * or a part's reader, rejects, stops reading and drains the rest of the request, so that the
 * client, still sending, reads the answer.
 */
export function readMultipartForm<T>(
  req: Request,
  reader: MultipartFormReader<T>,
): Promise<T> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new InputError(reader.expected));
  }
  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      form = busboy({ headers: req.headers, limits: reader.limits });
    } catch (error) {
      reject(new InputError(`Malformed multipart/form-data: ${error}`));
      return;
    }
    let failed = false;
    const fail: FailForm = error => {
      if (failed) return;
      failed = true;
      req.unpipe(form);
      req.resume();
      reject(error);
    };
    const unexpectedField = (name: string) =>
      fail(
        new InputError(
          `Unexpected field "${name}": the form takes ${reader.takes}`,
        ),
      );
    form.on('file', (field, file, info) => {
      if (failed) {
        file.resume();
        return;
      }
      reader.onFile(field, file, info, fail);
    });
    form.on('field', (name, value) =>
      reader.onField
        ? reader.onField(name, value, fail)
        : unexpectedField(name),
    );
    form.on('filesLimit', () => fail(reader.tooManyFiles()));
    form.on('fieldsLimit', () =>
      fail(new InputError(`Too many fields: the form takes ${reader.takes}`)),
    );
    form.on('error', error =>
      fail(new InputError(`Malformed multipart/form-data: ${error}`)),
    );
    form.on('close', async () => {
      if (failed) return;
      try {
        resolve(await reader.finish());
      } catch (error) {
        fail(error);
      }
    });
    req.pipe(form);
  });
}
