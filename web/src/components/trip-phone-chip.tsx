import { useId } from 'preact/hooks';
import { deviceName, useDevice } from '../use-device.js';

/**
 * One phone of the trip, with its variant picker: "best for this trip" (the device id) or one
 * variant (its id), written back into the link.
 */
export function TripPhoneChip({ query, onChange, onRemove }: { query: string; onChange: (query: string) => void; onRemove: () => void }) {
  const id = useId();
  const hit = useDevice(query);
  const name = deviceName(hit) || query;
  const chosen = hit && hit.variants.some((v) => v.id === query) ? query : (hit?.id ?? query);
  return (
    <li class="trip-phone">
      <span class="chip-name">{name}</span>
      {hit && hit.variants.length > 1 && (
        <span class="chip-variant">
          <label for={id}>Variant<span class="sr-only"> of {name}</span></label>
          <select id={id} value={chosen} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
            <option value={hit.id}>Best for this trip</option>
            {hit.variants.map((v) => <option key={v.id} value={v.id}>{v.label}{v.models.length ? ` (${v.models.slice(0, 3).join(', ')})` : ''}</option>)}
          </select>
        </span>
      )}
      <button type="button" aria-label={`Remove ${name}`} onClick={onRemove}>×</button>
    </li>
  );
}
