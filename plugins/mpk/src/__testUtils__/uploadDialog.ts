import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { responseError } from './responseError';

/** The error MpkClient throws when the backend refuses an upload (400 InputError) for `reason`. */
export function uploadRefusal(reason: string) {
  return responseError(400, 'InputError', reason);
}

/** Presses the button named `opener` once it shows, and returns the dialog it opens. */
export async function openUploadDialog(opener: string): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole('button', { name: opener }));
  return screen.getByRole('dialog');
}

/** Chooses `file` in the dialog's file input whose label matches `label`. */
export function chooseFile(dialog: HTMLElement, label: RegExp, file: File) {
  fireEvent.change(within(dialog).getByLabelText(label), {
    target: { files: [file] },
  });
}

/** Presses the dialog's Upload button. */
export async function pressUpload(dialog: HTMLElement) {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Upload' }));
}

/**
 * Opens an upload dialog with the button named `opener`, chooses `file` in its file input
 * labelled `label` and presses Upload; returns the dialog.
 */
export async function uploadThroughDialog(options: {
  opener: string;
  label: RegExp;
  file: File;
}): Promise<HTMLElement> {
  const dialog = await openUploadDialog(options.opener);
  chooseFile(dialog, options.label, options.file);
  await pressUpload(dialog);
  return dialog;
}

/**
 * Expects the dialog to show the server's reason as an alert and to stay open, Upload enabled,
 * for another try.
 */
export async function expectUploadRefused(dialog: HTMLElement, reason: string) {
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(reason);
  expect(dialog).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Upload' })).toBeEnabled();
}
