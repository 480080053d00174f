import { useId, useState } from 'preact/hooks';
import { api } from '../api.js';
import { rememberDevice } from '../use-device.js';
import { ErrorNote } from './error-note.js';

/**
 * "Save this phone": the pasted bands stored as a taught phone (`POST /api/v1/import/phone`,
 * behind the server's admin token), findable by name from then on. The token is kept only
 * while the form is open, never stored.
 */
export function TeachForm({ bands, onSaved }: { bands: string; onSaved: (deviceId: string) => void }) {
  const id = useId();
  const [fields, setFields] = useState({ name: '', variant: '', models: '', source: '', token: '' });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof fields) => (e: Event) => setFields({ ...fields, [key]: (e.target as HTMLInputElement).value });
  const field = (key: keyof typeof fields, label: string, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={fields[key]} onInput={set(key)} autocomplete="off" {...extra} />
    </div>
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const models = fields.models.split(/[\s,]+/).filter(Boolean);
    try {
      const saved = await api.teach({
        name: fields.name.trim(),
        bands,
        ...(fields.variant.trim() ? { variant: fields.variant.trim() } : {}),
        ...(models.length ? { models } : {}),
        ...(fields.source.trim() ? { source: fields.source.trim() } : {}),
      }, fields.token);
      rememberDevice({ id: saved.device.id, brand: saved.device.brand, name: saved.device.name, variants: [] });
      onSaved(saved.device.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="teach">
      <summary>Save this phone, so anyone can find it by name</summary>
      <form onSubmit={submit} aria-describedby={`${id}-about`}>
        <p id={`${id}-about`} class="hint">Stores the bands pasted above as a phone on this bandfit server. Saving needs the server's admin token.</p>
        <div class="controls">
          {field('name', 'Phone name (brand and model)', { required: true, maxLength: 100, placeholder: 'Fairphone 5' })}
          {field('variant', 'Variant (optional)', { maxLength: 100, placeholder: 'Global' })}
          {field('models', 'Model numbers (optional)', { placeholder: 'FP5' })}
          {field('source', 'Source of the bands (optional)', { maxLength: 400, placeholder: 'https://… or a title' })}
          {field('token', 'Admin token', { type: 'password', required: true })}
        </div>
        <ErrorNote error={error} />
        <button type="submit" class="primary" disabled={busy || !fields.name.trim() || !fields.token}>{busy ? 'Saving…' : 'Save this phone'}</button>
      </form>
    </details>
  );
}
