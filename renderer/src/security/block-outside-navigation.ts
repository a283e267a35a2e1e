/**
 * Defence in depth for the page itself: a link to anywhere outside the app does nothing, and window.open
 * opens nothing. The shell denies both as well; this keeps the page safe in any host.
 */
export function blockOutsideNavigation(target: Window): void {
  target.document.addEventListener(
    'click',
    (event) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const url = new URL(anchor.href, target.location.href);
      if (url.origin !== target.location.origin || anchor.target !== '') event.preventDefault();
    },
    true,
  );
  Object.defineProperty(target, 'open', { value: () => null, writable: false, configurable: false });
}
