// Saving a file the browser made (the recovery kit): a Blob URL clicked through a temporary
// link with `download`, so nothing is sent to or through the server.

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `hearth-recovery-kit-riverside-partnership-2025-03-01.json` */
export function recoveryKitFileName(partnershipName: string, day: string): string {
  const slug = partnershipName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `hearth-recovery-kit-${slug ? `${slug}-` : ''}${day}.json`;
}
