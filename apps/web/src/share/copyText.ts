/**
 * Copies text to the clipboard. Without the async clipboard (an insecure origin, a refused
 * permission) it selects the text in `field` and tries the old copy command; returns whether the
 * text was copied, so the caller can ask the person to press Ctrl+C on the selection.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    if (!field) return false
    field.focus()
    field.select()
    try {
      return document.execCommand('copy')
    } catch {
      return false
    }
  }
}
