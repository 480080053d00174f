import { ApiError } from '../api.js';

/** An API error in one readable line, with the server's suggestions when it has some. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
  const suggestions = error instanceof ApiError ? error.suggestions : [];
  return (
    <div role="alert" class="error">
      <p>{message}</p>
      {suggestions.length > 0 && <p>Did you mean: {suggestions.slice(0, 6).join(', ')}?</p>}
    </div>
  );
}
