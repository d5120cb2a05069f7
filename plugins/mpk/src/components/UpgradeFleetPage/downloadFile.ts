/** Has the browser save `content` as a file named `fileName`. */
export function downloadFile(fileName: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has resolved the URL already, as the catalog's own export relies on.
  URL.revokeObjectURL(url);
}
