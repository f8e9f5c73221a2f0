/**
 * The "Print or save as PDF" button: it ships hidden (without script it could do nothing, and
 * the browser's own print command does the same) and is shown and wired here. A bundled module,
 * so the strict CSP needs no inline handler.
 */
export function wirePrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
}

wirePrintButtons();
