/** Small browser helpers shared by the pages: announcements, downloads, clipboard. */

/** Says something to screen-reader users through the shell's live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A new text node after a tick makes screen readers repeat an identical message.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** Saves text or bytes as a file through the browser's download (no server involved). */
export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text to the clipboard; false when the browser refuses (then show the text to copy). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Moves keyboard focus to an element, making it focusable if it is not. */
export function focusElement(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}

/** The event the shell listens to, to show a storage problem above every page. */
export const STORAGE_PROBLEM_EVENT = 'dtc-demo-storage-problem';

/**
 * Runs a change to stored data; when the browser refuses it (storage full or disabled),
 * tells the shell, which shows the problem above the page, and returns undefined.
 */
export function guard<T>(change: () => T): T | undefined {
  try {
    return change();
  } catch (error) {
    if (error instanceof Error && error.name === 'StorageError') {
      window.dispatchEvent(
        new CustomEvent(STORAGE_PROBLEM_EVENT, {
          detail: (error as Error & { code: string }).code,
        }),
      );
      return undefined;
    }
    throw error;
  }
}
