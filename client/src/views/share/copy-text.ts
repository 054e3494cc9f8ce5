// Copies text for the Share dialog's buttons: the Clipboard API where the page may use it (https, localhost), else
// the selected field and the older copy command, which also works on plain http.
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): fall back to selecting the text.
  }
  if (!field) return false;
  field.focus();
  field.select();
  return document.execCommand('copy');
}
