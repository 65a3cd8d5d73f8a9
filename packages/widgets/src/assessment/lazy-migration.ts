import type * as Notice from './migration-notice.js';

type NoticeModule = typeof Notice;

let pendingNotice: Promise<NoticeModule> | undefined;
let notice: NoticeModule | undefined;

/**
 * The notice that lists what became of the answers (and its words), loaded the first time a
 * questionnaire has a migration to show or a response it cannot open.
 */
export function loadNotice(): Promise<NoticeModule> {
  return (pendingNotice ??= import('./migration-notice.js').then(
    (m) => (notice = m),
    (error: unknown) => {
      pendingNotice = undefined;
      throw error;
    },
  ));
}

/** The notice's module once loaded. */
export function noticeModule(): NoticeModule | undefined {
  return notice;
}
