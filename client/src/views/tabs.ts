// Accessible tabs for the side panel (ARIA tablist; arrow keys move between tabs).
export function mountTabs(tablist: HTMLElement, onChange?: (panelId: string) => void): { show(panelId: string): void } {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const show = (panelId: string) => {
    for (const tab of tabs) {
      const selected = tab.getAttribute('aria-controls') === panelId;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    onChange?.(panelId);
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => show(tab.getAttribute('aria-controls') ?? ''));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next?.focus();
      next?.click();
    });
  });
  return { show };
}
