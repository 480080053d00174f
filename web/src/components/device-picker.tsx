import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { api, type DeviceHit } from '../api.js';
import { rememberDevice } from '../use-device.js';

export interface PickedDevice {
  device: DeviceHit;
  /** The variant a model-number search named, if any. */
  variant?: string;
}

/**
 * Phone search with autocomplete by name or model number: an ARIA 1.2 combobox (WAI-ARIA
 * Authoring Practices, "Combobox with listbox popup"): arrows move, Enter picks, Escape closes.
 */
export function DevicePicker({ label, onPick, initial = '', clearOnPick = false }: { label: string; onPick: (picked: PickedDevice) => void; initial?: string; clearOnPick?: boolean }) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<DeviceHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const typed = useRef(false);
  // A link or the back button names another phone: show it, unless the user is typing.
  useEffect(() => {
    if (!typed.current) setText(initial);
  }, [initial]);

  useEffect(() => {
    if (!typed.current) return;
    const q = text.trim();
    if (q.length < 2) {
      setHits([]);
      setOpen(false);
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api.devices(q, ctrl.signal).then(
        (r) => {
          setHits(r.devices);
          setOpen(true);
          setActive(r.devices.length ? 0 : -1);
          setStatus(r.devices.length ? `${r.devices.length} phones found` : `No phone matches "${q}"`);
        },
        (e: Error) => e.name !== 'AbortError' && setStatus(e.message),
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [text]);

  const pick = (hit: DeviceHit) => {
    typed.current = false;
    rememberDevice(hit);
    setText(clearOnPick ? '' : `${hit.brand} ${hit.name}`);
    setStatus(`${hit.brand} ${hit.name} chosen`);
    setOpen(false);
    onPick({ device: hit, ...(hit.variant ? { variant: hit.variant } : {}) });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === 'Enter' && open && hits[active]) {
      e.preventDefault();
      pick(hits[active]!);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  return (
    <div class="combo">
      <label for={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autocomplete="off"
        placeholder="Name or model number: Mi 6, SM-S911U"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={text}
        onInput={(e) => {
          typed.current = true;
          setText((e.target as HTMLInputElement).value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: suggestions`} hidden={!open || !hits.length}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(hit)}
          >
            <strong>{hit.brand} {hit.name}</strong>
            <small>
              {hit.announced ? ` ${hit.announced.slice(0, 4)} · ` : ' '}
              {hit.variants.map((v) => v.label + (v.models.length ? ` ${v.models.slice(0, 2).join('/')}` : '')).join('; ')}
              {hit.by === 'family' && ' · same model family, not this model: its bands may differ'}
            </small>
          </li>
        ))}
      </ul>
      <p class="sr-only" aria-live="polite">{status}</p>
      {open && !hits.length && status && <p class="hint">{status}</p>}
    </div>
  );
}
