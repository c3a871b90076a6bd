/**
 * The new link made in place of an old one ("Send a new link"): shown this once, with Copy and,
 * when the person was invited with an email address, Email.
 */
import type { ReplacedLink } from '@cb/shared/api';
import { CopyField } from '../../components/CopyField.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { linkEmail } from './linkEmail.ts';

export function NewLinkNote({ fresh, title }: { fresh: ReplacedLink; title: string }) {
  const name = fresh.person?.name ?? fresh.label;
  return (
    <div className="stack" role="region" aria-label="New link">
      <FormMessage tone="success">
        {`A new link for ${name} has been made and the old one withdrawn. It is shown only once: copy or email it now.`}
      </FormMessage>
      <div className="report__form">
        <CopyField label={`New link for ${name}`} value={fresh.url} buttonText="Copy link" />
        {fresh.person?.email ? (
          <a
            className="button button--secondary button--small"
            href={linkEmail(fresh.person, fresh.url, title)}
          >
            Email it to {fresh.person.name}
          </a>
        ) : null}
      </div>
    </div>
  );
}
