/**
 * Offers text as a file download (a Blob behind a temporary link).
 *
 * @example offerDownload('guxiang.yaml', 'application/yaml;charset=utf-8', text)
 */
export function offerDownload(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
