import { useState } from 'preact/hooks';
import { copyText } from './copy-text.js';

export interface ShareAction {
  label: string;
  /** What the status line says once done. */
  done: string;
  run: () => Promise<boolean> | boolean | void;
}

/** Buttons that copy or save an answer, with one status line read out by screen readers. */
export function ShareBar({ actions }: { actions: ShareAction[] }) {
  const [status, setStatus] = useState('');
  return (
    <div class="share" role="group" aria-label="Share and export">
      {actions.map((a) => (
        <button
          key={a.label}
          type="button"
          onClick={async () => setStatus((await a.run()) === false ? `${a.label}: the browser refused; select and copy by hand` : a.done)}
        >
          {a.label}
        </button>
      ))}
      <span class="share-status" role="status">{status}</span>
    </div>
  );
}

/** "Copy link": the page's own address, which holds the whole answer. */
export const copyLink: ShareAction = { label: 'Copy link', done: 'Link copied', run: () => copyText(location.href) };
