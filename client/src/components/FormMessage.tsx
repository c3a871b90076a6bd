/** A message about a whole form or page: an error, or that something worked. Announced when it changes. */
import type { ReactNode } from 'react';

interface FormMessageProps {
  tone: 'error' | 'success' | 'info';
  children?: ReactNode;
}

export function FormMessage({ tone, children }: FormMessageProps) {
  return (
    <div className={`message message--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children ? <p>{children}</p> : null}
    </div>
  );
}
