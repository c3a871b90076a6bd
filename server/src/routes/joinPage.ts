/**
 * The plain pages a person sees when they open a link: the name form, and the "link not found" /
 * "link no longer works" pages. Server-rendered so that they work before any script loads.
 */
import { JOINING_AS_WORDS } from '@cb/shared/words/labels';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** The shell every link page shares: calm, large type, no script. `body` must already be escaped. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Conference Board</title>
<style>
  :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --accent: #2f5d62; --paper: #f7f5f0; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1.25rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
  main { max-width: 36rem; margin: 10vh auto; padding: 2.5rem; background: #fff; border-radius: 1rem; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
  p { margin: 0 0 1.25rem; color: var(--muted); }
  label { display: block; font-weight: 600; margin-bottom: .5rem; }
  input { width: 100%; font: inherit; padding: .75rem 1rem; border: 2px solid #9aa5b1; border-radius: .5rem; }
  input:focus-visible, button:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
  button { margin-top: 1.5rem; font: inherit; font-weight: 600; padding: .75rem 1.5rem; border: 0; border-radius: .5rem; background: var(--accent); color: #fff; cursor: pointer; }
  .error { color: #8a3c00; font-weight: 600; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export function joinFormPage(conferenceTitle: string, role: string, error?: string): string {
  return page(
    'Join the conference',
    `<h1>${escapeHtml(conferenceTitle)}</h1>
<p>You are joining ${escapeHtml((JOINING_AS_WORDS as Record<string, string>)[role] ?? '')}. ${role === 'chair' ? 'Please tell us your name: everyone in the conference will see who is chairing.' : 'Please tell us your name so the chair knows who you are.'}</p>
<form method="post">
  <label for="name">Your name</label>
  <input id="name" name="name" autocomplete="name" required maxlength="80" ${error ? 'aria-invalid="true" aria-describedby="name-error"' : ''}>
  ${error ? `<p id="name-error" class="error" role="alert">${escapeHtml(error)}</p>` : ''}
  <button type="submit">Join</button>
</form>`,
  );
}

export function linkProblemPage(kind: 'unknown' | 'ended'): string {
  return kind === 'unknown'
    ? page(
        'Link not found',
        `<h1>This link was not found</h1><p>Please check that you copied the whole link, or ask the person who sent it for a new one.</p>`,
      )
    : page(
        'Link no longer works',
        `<h1>This link no longer works</h1><p>It has expired or been withdrawn. Please ask the conference chair or the office for a new link.</p>`,
      );
}
