/**
 * One of the board's lower regions (family tree, plan, contingency plan, decision): a landmark
 * named as CONTRACT.md says, focusable so the chair's shortcuts and the presenter focus can move
 * to it, and telling the chair's screen when someone starts working in it.
 */
import type { ReactNode } from 'react';
import type { FocusSection } from '@cb/shared/protocol';

interface RegionProps {
  /** The landmark's accessible name ("Genogram", "Plan", …). */
  name: string;
  section: FocusSection;
  heading: string;
  focused: boolean;
  onFocusRegion: ((section: FocusSection) => void) | null | undefined;
  /** More classes, e.g. for the large screens. */
  className?: string;
  children: ReactNode;
}

export function Region({ name, section, heading, focused, onFocusRegion, className, children }: RegionProps) {
  const classes = ['section', `section--${section}`, focused ? 'section--focused' : '', className ?? ''];
  return (
    <section
      aria-label={name}
      tabIndex={-1}
      className={classes.filter(Boolean).join(' ')}
      onFocus={onFocusRegion ? () => onFocusRegion(section) : undefined}
    >
      <h2 className="section__heading">{heading}</h2>
      {children}
    </section>
  );
}
