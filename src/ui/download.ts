/**
 * Save a Blob as a file from the browser, without any server: an object URL on a temporary link.
 * The URL is revoked a moment later (revoking at once cancels the download in some browsers).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
