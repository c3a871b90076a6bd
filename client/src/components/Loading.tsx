/** Shown while a page's data is on its way. */
import { Spinner } from './Spinner.tsx';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      <Spinner /> Loading {what}…
    </p>
  );
}
