/** One person's new link, shown once: Copy, and Email when an address was given. */
import type { InviteePerson } from '@cb/shared/api';
import { CopyField } from '../../components/CopyField.tsx';
import { linkEmail } from './linkEmail.ts';

export function LinkToSend(props: {
  label: string;
  url: string;
  person: InviteePerson | null;
  title: string;
}) {
  const { label, url, person, title } = props;
  return (
    <>
      <CopyField label={label} value={url} buttonText="Copy link" />
      {person?.email ? (
        <a className="button button--secondary button--small" href={linkEmail(person, url, title)}>
          Email it to {person.name}
        </a>
      ) : null}
    </>
  );
}
