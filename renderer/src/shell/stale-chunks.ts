// Screens load their code when first opened. If the app was rebuilt or updated while this page
// stayed open (browser mode), the old chunk names are gone: reload once so the page asks for the
// new ones, instead of showing the error screen. Once only, so a chunk that is really missing
// ends at the screen's error message rather than in a reload loop.
const KEY = 'thbc.reloaded-for-chunks';

export function reloadOnStaleChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const last = Number(sessionStorage.getItem(KEY) ?? 0);
    if (Date.now() - last < 60_000) return;
    sessionStorage.setItem(KEY, String(Date.now()));
    event.preventDefault();
    window.location.reload();
  });
}
