// Copying text to the clipboard from a button press, for the share panel.

/**
 * Copies `field`'s text: the asynchronous Clipboard API where the page may use it, else the
 * old way, selecting the field and `execCommand('copy')` (an iframe without
 * `allow="clipboard-write"`, an http: page that is not localhost, older browsers).
 * Returns whether it worked. On failure the field's text is left selected and focused, so the
 * reader can copy it by hand; on success focus goes back to `returnTo` (the button pressed).
 */
export async function copyField(field: HTMLInputElement | HTMLTextAreaElement, returnTo: HTMLElement): Promise<boolean> {
  const text = field.value;
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions policy, no focus): try the fallback below.
  }
  field.focus();
  field.select();
  // execCommand is deprecated but still the only copy that works where the Clipboard API is refused.
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) returnTo.focus();
  return copied;
}
