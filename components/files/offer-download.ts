/**
 * Offers text as a file download (UTF-8 text in a Blob behind a temporary link): the editor's
 * content files, QA reports, termbase and vocabulary exports, backups.
 *
 * @example offerDownload('guxiang.yaml', 'application/yaml;charset=utf-8', text)
 */
export function offerDownload(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked on the next task: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
