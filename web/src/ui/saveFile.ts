/** Hands a file made in the page to the browser's downloads. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; a little later the page can let go of the bytes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
