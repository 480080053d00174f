import { useEffect, useId, useState } from 'preact/hooks';
import { PASTE_BANDS_EXAMPLE } from '../../../src/service/paste-bands.js';

/**
 * The band list of a phone bandfit lacks, pasted from its spec sheet (GSMArena's network lines,
 * a maker's page): read by the same parser as `bandfit check --bands`, on the server.
 */
export function BandsField({ value, onSubmit }: { value: string; onSubmit: (text: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form
      class="bands-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text.trim());
      }}
    >
      <div class="field">
        <label for={id}>Bands</label>
        <textarea
          id={id}
          rows={2}
          maxLength={2000}
          aria-describedby={`${id}-hint`}
          placeholder={PASTE_BANDS_EXAMPLE}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
          }}
        />
        <small id={`${id}-hint`} class="hint">Phone not in the list? Paste the network lines of its spec sheet (2G, 3G, 4G, 5G bands), then check them (Ctrl+Enter).</small>
      </div>
      <button type="submit" class="primary" disabled={!text.trim()}>Check these bands</button>
    </form>
  );
}
