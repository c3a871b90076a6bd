/**
 * A page of its own (start, sign-in, not found, a message, the lobby): a skip link, then one card
 * in the middle as the page's main landmark, the product's name above its heading.
 */
import type { ReactNode } from 'react';
import { SkipLink } from './SkipLink.tsx';

interface CentredPageProps {
  /** More classes for the card, e.g. `card--narrow`. */
  cardClass?: string;
  /** Larger type, for the family's and the room's screens. */
  large?: boolean | undefined;
  /** False where the card says whose conference it is instead (the lobby). */
  brand?: boolean;
  children: ReactNode;
}

export function CentredPage({ cardClass, large, brand = true, children }: CentredPageProps) {
  return (
    <div className={`centred-page${large ? ' centred-page--large' : ''}`}>
      <SkipLink />
      <main id="main" className={cardClass ? `card ${cardClass}` : 'card'} tabIndex={-1}>
        {brand ? <p className="brand brand--small">Conference Board</p> : null}
        {children}
      </main>
    </div>
  );
}
