/**
 * Registers the service worker that keeps read pages and search available offline, and shows
 * the "you are offline" notice while the browser has no connection.
 */
export function startOfflineSupport(base: string): void {
  const root = base.endsWith('/') ? base : `${base}/`;
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register(`${root}sw.js`, { scope: root }).catch(() => undefined);
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (!notice) return;
  const update = () => {
    notice.hidden = navigator.onLine;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}
