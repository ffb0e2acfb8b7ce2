/** Saves `text` as a file the browser downloads (a Blob link clicked once, then let go). */
export function downloadFile(file: { name: string; text: string; mediaType: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
