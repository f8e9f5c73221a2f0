/**
 * Tooltips for the build-time charts: marks with data-tip (the exact value as printed) show it
 * on hover and keyboard focus; Escape hides it. No dependency; the charts work without it.
 */
export function initChartTips(root: HTMLElement): void {
  const frame = root.querySelector<HTMLElement>('.chart-frame');
  const tooltip = root.querySelector<HTMLElement>('.chart-tooltip');
  if (!frame || !tooltip || root.dataset.tipsReady !== undefined) return;
  root.dataset.tipsReady = '';
  let owner: Element | undefined;

  const show = (mark: Element) => {
    const tip = mark.getAttribute('data-tip');
    if (!tip) return;
    hide();
    owner = mark;
    tooltip.textContent = tip;
    tooltip.hidden = false;
    mark.setAttribute('aria-describedby', tooltip.id);
    const box = mark.getBoundingClientRect();
    const area = frame.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    // Above the mark, centred, kept inside the frame and the screen.
    const left = Math.min(
      Math.max(box.left + box.width / 2 - width / 2, Math.max(area.left, 4)),
      Math.min(area.right, window.innerWidth - 4) - width,
    );
    const top = box.top - tooltip.offsetHeight - 6 < area.top ? box.bottom + 6 : box.top - tooltip.offsetHeight - 6;
    tooltip.style.left = `${left - area.left}px`;
    tooltip.style.top = `${top - area.top}px`;
  };
  const hide = () => {
    owner?.removeAttribute('aria-describedby');
    owner = undefined;
    tooltip.hidden = true;
  };

  for (const mark of root.querySelectorAll('[data-tip]')) {
    mark.addEventListener('pointerenter', () => show(mark));
    mark.addEventListener('pointerleave', () => owner === mark && hide());
    mark.addEventListener('focus', () => show(mark));
    mark.addEventListener('blur', () => owner === mark && hide());
  }
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && owner) hide();
  });
}
