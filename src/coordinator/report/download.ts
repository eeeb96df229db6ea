// Saves text as a file through the browser's download (a Blob and a temporary a[download]),
// never through the server: the file is made in this browser from the opened data.

export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the object URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
