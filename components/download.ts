// Saves text as a file the user downloads: a Blob URL clicked through a temporary `<a download>`.
// No `downloads` permission is needed, and nothing leaves the machine.

export interface DownloadFile {
  name: string;
  content: string;
  mime: string;
}

/** Long enough for the browser to start reading the Blob; the URL is then released. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(
  { name, content, mime }: DownloadFile,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** The user's local calendar date as YYYY-MM-DD, for file names. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
