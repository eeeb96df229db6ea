import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import '../shell.css';

// The frame of the screens before the workspace (setup, sign-in): the same banner and skip
// link as the workspace, without navigation.

export function pageTitle(title: string): string {
  return `${title} – Hearth coordinator`;
}

export function PlainPage({ title, children }: { title: string; children: ComponentChildren }) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <header class="coord-header">
        <p class="coord-brand">Hearth coordinator</p>
      </header>
      <main id="main" tabIndex={-1} class="page coord-main">
        {children}
      </main>
    </>
  );
}
