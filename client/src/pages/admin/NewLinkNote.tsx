/**
 * The new link made in place of an old one ("Send a new link"): shown this once, with Copy and,
 * when the person was invited with an email address, Email.
 */
import type { ReplacedLink } from '@cb/shared/api';
import { FormMessage } from '../../components/FormMessage.tsx';
import { LinkToSend } from './LinkToSend.tsx';

export function NewLinkNote({ fresh, title }: { fresh: ReplacedLink; title: string }) {
  const name = fresh.person?.name ?? fresh.label;
  return (
    <div className="stack" role="region" aria-label="New link">
      <FormMessage tone="success">
        {`A new link for ${name} has been made and the old one withdrawn. It is shown only once: copy or email it now.`}
      </FormMessage>
      <div className="report__form">
        <LinkToSend label={`New link for ${name}`} url={fresh.url} person={fresh.person} title={title} />
      </div>
    </div>
  );
}
