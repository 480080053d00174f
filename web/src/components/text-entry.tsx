import { useEffect, useId, useState } from 'preact/hooks';

/**
 * A phone given as text instead of a name: its pasted band list, or its IMEI. The text is sent
 * on submit (a button or Ctrl+Enter), so typing never asks the server for half an answer.
 */
export function TextEntry({ label, hint, button, value, onSubmit, multiline = false, placeholder, inputMode }: {
  label: string;
  hint: string;
  button: string;
  value: string;
  onSubmit: (text: string) => void;
  multiline?: boolean;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
}) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const common = {
    id,
    value: text,
    placeholder,
    autocomplete: 'off',
    'aria-describedby': `${id}-hint`,
    onInput: (e: Event) => setText((e.target as HTMLInputElement).value),
  };
  return (
    <form
      class="entry-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text.trim());
      }}
    >
      <div class="field">
        <label for={id}>{label}</label>
        {multiline ? (
          <textarea
            {...common}
            rows={2}
            maxLength={2000}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
            }}
          />
        ) : (
          <input {...common} type="text" inputMode={inputMode} maxLength={40} />
        )}
        <small id={`${id}-hint`} class="hint">{hint}</small>
      </div>
      <button type="submit" class="primary" disabled={!text.trim()}>{button}</button>
    </form>
  );
}
